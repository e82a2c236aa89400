package dev.flightpath.samples;

import dev.flightpath.recorder.TracedExecutorService;
import dev.flightpath.recorder.TracedMailbox;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.logging.otlp.internal.traces.OtlpStdoutSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Configuration;

/**
 * The guild fan-out of a chat server, on the JVM: a poster sends bursts of posts to the guild's
 * mailbox; the guild fans each post out to the mailboxes of N sessions; each session renders the
 * post on a small shared renderer pool. The guild cannot keep up with the bursts, so its mailbox
 * backs up, and the sessions queue for the renderers.
 *
 * <p>One run writes two recordings of the same work: {@code guild-fanout-recorder.jfr} (the JDK's
 * profile settings plus flightpath's recorder events: messages, handling, executor tasks) and
 * {@code guild-fanout-otlp.jsonl} (the OpenTelemetry Java SDK's spans as OTLP JSON lines: producer
 * and consumer spans, the guild's consumer span linked to the post's producer span, session spans
 * children of the fan-out spans, fan-out spans sampled with p = min(1, 4/N)).
 *
 * <p>Arguments: output directory, posts (default 120), sessions (default 8), seed (default 42),
 * guild work factor (default 1; 3 makes the guild three times slower: an injected slowdown),
 * JFR settings ({@code profile} (default) or {@code none}: only flightpath's recorder events), and
 * a file name prefix (default {@code guild-fanout}).
 */
public final class GuildFanOutSample {
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final List<String> PRIVATE_EVENTS = List.of("jdk.InitialEnvironmentVariable",
            "jdk.InitialSystemProperty", "jdk.SystemProcess", "jdk.NativeLibrary", "jdk.JVMInformation");

    private record Post(long number, SpanContext producer) {
    }

    private record Delivery(long post, SpanContext producer) {
    }

    private GuildFanOutSample() {
    }

    public static void main(String[] args) throws Exception {
        Path outDir = Path.of(args.length > 0 ? args[0] : "sample-recordings");
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        int guildWork = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        String settings = args.length > 5 ? args[5] : "profile";
        String prefix = args.length > 6 ? args[6] : "guild-fanout";
        Files.createDirectories(outDir);

        try (jdk.jfr.Recording recording = startRecording(settings);
                OutputStream spans = new BufferedOutputStream(Files.newOutputStream(outDir.resolve(prefix + "-otlp.jsonl")))) {
            SdkTracerProvider tracing = SdkTracerProvider.builder()
                    .setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "guild-service")))
                    .setSampler(new FanOutSampler())
                    .addSpanProcessor(BatchSpanProcessor.builder(
                            OtlpStdoutSpanExporter.builder().setOutput(spans).setWrapperJsonObject(true).build())
                            .setScheduleDelay(200, TimeUnit.MILLISECONDS).build())
                    .build();
            long sends = run(tracing.get("guild-fanout-sample"), posts, sessions, new Random(seed), guildWork);
            tracing.forceFlush().join(30, TimeUnit.SECONDS);
            tracing.shutdown().join(30, TimeUnit.SECONDS);
            recording.stop();
            recording.dump(outDir.resolve(prefix + "-recorder.jfr"));
            System.out.println("posts " + posts + ", sessions " + sessions + ", messages sent " + sends);
        }
    }

    private static jdk.jfr.Recording startRecording(String settings) throws java.io.IOException, ParseException {
        jdk.jfr.Recording recording = settings.equals("none") ? new jdk.jfr.Recording()
                : new jdk.jfr.Recording(Configuration.getConfiguration(settings));
        for (String event : List.of("flightpath.MessageEnqueued", "flightpath.MessageDequeued",
                "flightpath.MessageHandled", "flightpath.TaskSubmitted", "flightpath.TaskExecuted")) {
            recording.enable(event).withoutThreshold();
        }
        PRIVATE_EVENTS.forEach(recording::disable);
        recording.start();
        return recording;
    }

    /** Runs the workload; returns the number of messages sent (posts plus deliveries). */
    private static long run(Tracer tracer, int posts, int sessionCount, Random random, int guildWork) throws Exception {
        TracedMailbox<Post> guild = new TracedMailbox<>("guild");
        List<TracedMailbox<Delivery>> sessions = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            sessions.add(new TracedMailbox<>("session-" + i));
        }
        ExecutorService renderers = new TracedExecutorService("renderers", Executors.newFixedThreadPool(2,
                new NamedThreads("renderer")));
        AtomicLong sends = new AtomicLong();
        AtomicLong delivered = new AtomicLong();
        long expectedDeliveries = (long) posts * sessionCount;

        List<Thread> threads = new ArrayList<>();
        threads.add(new Thread(() -> runGuild(tracer, guild, sessions, posts, sends, guildWork), "guild"));
        for (int i = 0; i < sessionCount; i++) {
            TracedMailbox<Delivery> mailbox = sessions.get(i);
            threads.add(new Thread(() -> runSession(tracer, mailbox, renderers, delivered, expectedDeliveries),
                    mailbox.name()));
        }
        threads.forEach(Thread::start);
        for (int number = 0; number < posts; ) {
            int burst = 1 + random.nextInt(12);
            for (int i = 0; i < burst && number < posts; i++, number++) {
                Span span = tracer.spanBuilder("guild publish").setSpanKind(SpanKind.PRODUCER).setNoParent()
                        .setAttribute(SYSTEM, "flightpath-sample").setAttribute(DESTINATION, "guild")
                        .setAttribute(OPERATION, "send").startSpan();
                guild.put(new Post(number, span.getSpanContext()), "Post", span.getSpanContext().getTraceId(),
                        span.getSpanContext().getSpanId());
                sends.incrementAndGet();
                span.end();
            }
            Thread.sleep(5 + random.nextInt(20));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        renderers.shutdown();
        renderers.awaitTermination(30, TimeUnit.SECONDS);
        return sends.get();
    }

    private static void runGuild(Tracer tracer, TracedMailbox<Post> guild, List<TracedMailbox<Delivery>> sessions,
            int posts, AtomicLong sends, int guildWork) {
        try {
            int handled = 0;
            while (handled < posts) {
                if (guild.pollAndHandle(100, TimeUnit.MILLISECONDS,
                        post -> fanOut(tracer, post, sessions, sends, guildWork))) {
                    handled++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fanOut(Tracer tracer, Post post, List<TracedMailbox<Delivery>> sessions, AtomicLong sends,
            int guildWork) {
        Span process = tracer.spanBuilder("guild process").setSpanKind(SpanKind.CONSUMER).setNoParent()
                .addLink(post.producer()).setAttribute(SYSTEM, "flightpath-sample")
                .setAttribute(DESTINATION, "guild").setAttribute(OPERATION, "process").startSpan();
        try {
            // Permission checks and member lookup: slower than the bursts arrive.
            process.setAttribute("guild.checksum", burnCpu(200_000 * guildWork));
            for (TracedMailbox<Delivery> session : sessions) {
                Span publish = tracer.spanBuilder("session publish").setSpanKind(SpanKind.PRODUCER)
                        .setParent(Context.root().with(process))
                        .setAttribute(FanOutSampler.FANOUT_SIZE, (long) sessions.size())
                        .setAttribute(SYSTEM, "flightpath-sample").setAttribute(DESTINATION, session.name())
                        .setAttribute(OPERATION, "send").startSpan();
                session.put(new Delivery(post.number(), publish.getSpanContext()), "Delivery",
                        publish.getSpanContext().getTraceId(), publish.getSpanContext().getSpanId());
                sends.incrementAndGet();
                publish.end();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.end();
        }
    }

    private static void runSession(Tracer tracer, TracedMailbox<Delivery> mailbox, ExecutorService renderers,
            AtomicLong delivered, long expected) {
        try {
            while (delivered.get() < expected) {
                mailbox.pollAndHandle(50, TimeUnit.MILLISECONDS, delivery -> {
                    Span process = tracer.spanBuilder("session process").setSpanKind(SpanKind.CONSUMER)
                            .setParent(Context.root().with(Span.wrap(delivery.producer())))
                            .setAttribute(SYSTEM, "flightpath-sample").setAttribute(DESTINATION, mailbox.name())
                            .setAttribute(OPERATION, "process").startSpan();
                    try {
                        Future<Long> render = renderers.submit(() -> burnCpu(60_000));
                        process.setAttribute("session.checksum", render.get());
                    } catch (Exception e) {
                        process.recordException(e);
                    } finally {
                        process.end();
                        delivered.incrementAndGet();
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Work the profiler can see: a hash chain that the JIT cannot remove. */
    static long burnCpu(int rounds) {
        long hash = 1125899906842597L;
        for (int i = 0; i < rounds; i++) {
            hash = 31 * hash + (hash >>> 7) + i;
        }
        return hash;
    }

    private static final class NamedThreads implements java.util.concurrent.ThreadFactory {
        private final String prefix;
        private final AtomicLong next = new AtomicLong();

        NamedThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task, prefix + "-" + next.incrementAndGet());
        }
    }
}

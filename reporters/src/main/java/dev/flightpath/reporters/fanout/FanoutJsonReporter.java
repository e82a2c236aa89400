package dev.flightpath.reporters.fanout;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.fanout.BroadcastResult;
import dev.flightpath.analyzers.fanout.Estimate;
import dev.flightpath.analyzers.fanout.FanoutReport;
import dev.flightpath.analyzers.fanout.RecipientDelay;
import dev.flightpath.analyzers.fanout.SenderSummary;
import dev.flightpath.analyzers.fanout.SizeBucket;
import dev.flightpath.analyzers.fanout.SlowRecipient;
import dev.flightpath.reporters.json.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fan-out analysis for scripts (documented in the README; more fields may follow):
 * {@code {"broadcasts","deliveries","estimated","bySize":[{"sizeMin","sizeMax","broadcasts",
 * "deliveries","toLast":{"p50Nanos","p95Nanos","p99Nanos","maxNanos"},"samplingRate"}],
 * "senders":[{"sender","broadcasts","deliveries","sizes":{"min","p50","max"}}],
 * "slowest":[{"sender","size","sendNanos","toFirstNanos","toLastNanos","slowestRecipients":[…]}]}}.
 * {@code sizeMax} is null for the open last range; unknown times are null.
 */
public final class FanoutJsonReporter {
    public void write(FanoutReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            json.writeStartObject();
            json.writeNumberField("broadcasts", report.broadcasts());
            json.writeNumberField("deliveries", report.deliveries());
            json.writeBooleanField("estimated", report.estimated());
            estimate(json, "estimatedBroadcasts", report.estimatedBroadcasts());
            estimate(json, "estimatedDeliveries", report.estimatedDeliveries());
            json.writeStringField("timing", report.timing());
            json.writeNumberField("recordingStartNanos", report.recordingStartNanos());
            json.writeNumberField("burstGapNanos", report.options().burstGapNanos());
            json.writeNumberField("targetPerBucket", report.options().targetPerBucket());
            json.writeObjectFieldStart("rules");
            for (Map.Entry<String, Long> rule : new TreeMap<>(report.rules()).entrySet()) {
                json.writeNumberField(rule.getKey(), rule.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("bySize");
            for (SizeBucket bucket : report.bySize()) {
                bucket(json, bucket);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("senders");
            for (SenderSummary sender : report.senders()) {
                json.writeStartObject();
                json.writeStringField("sender", sender.sender());
                json.writeNumberField("broadcasts", sender.broadcasts());
                json.writeNumberField("deliveries", sender.deliveries());
                json.writeObjectFieldStart("sizes");
                json.writeNumberField("min", sender.sizeMin());
                json.writeNumberField("p50", sender.sizeP50());
                json.writeNumberField("max", sender.sizeMax());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("slowest");
            for (BroadcastResult broadcast : report.slowest()) {
                broadcast(json, broadcast);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("slowRecipients");
            for (SlowRecipient recipient : report.slowRecipients()) {
                json.writeStartObject();
                json.writeStringField("recipient", recipient.recipient());
                json.writeNumberField("timesLast", recipient.timesLast());
                json.writeNumberField("share", recipient.share());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void estimate(JsonGenerator json, String field, Estimate estimate) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("value", estimate.value());
        json.writeNumberField("low95", estimate.low());
        json.writeNumberField("high95", estimate.high());
        json.writeEndObject();
    }

    private static void bucket(JsonGenerator json, SizeBucket bucket) throws IOException {
        json.writeStartObject();
        json.writeNumberField("sizeMin", bucket.sizeMin());
        if (bucket.sizeMax() == SizeBucket.UNBOUNDED) {
            json.writeNullField("sizeMax");
        } else {
            json.writeNumberField("sizeMax", bucket.sizeMax());
        }
        json.writeNumberField("broadcasts", bucket.broadcasts());
        json.writeNumberField("deliveries", bucket.deliveries());
        json.writeObjectFieldStart("toLast");
        json.writeNumberField("p50Nanos", bucket.toLastP50Nanos());
        json.writeNumberField("p95Nanos", bucket.toLastP95Nanos());
        json.writeNumberField("p99Nanos", bucket.toLastP99Nanos());
        json.writeNumberField("maxNanos", bucket.toLastMaxNanos());
        json.writeEndObject();
        json.writeNumberField("samplingRate", bucket.samplingRate());
        estimate(json, "estimatedBroadcasts", bucket.estimatedBroadcasts());
        estimate(json, "estimatedDeliveries", bucket.estimatedDeliveries());
        json.writeNumberField("recommendedRate", bucket.recommendedRate());
        json.writeBooleanField("fewSamples", bucket.fewSamples());
        json.writeEndObject();
    }

    private static void broadcast(JsonGenerator json, BroadcastResult broadcast) throws IOException {
        json.writeStartObject();
        json.writeStringField("sender", broadcast.sender());
        json.writeStringField("operation", broadcast.operation());
        json.writeStringField("rule", broadcast.rule().label());
        json.writeNumberField("size", broadcast.size());
        json.writeNumberField("sendNanos", broadcast.sendNanos());
        nanos(json, "toFirstNanos", broadcast.toFirstNanos());
        nanos(json, "toMedianNanos", broadcast.toMedianNanos());
        nanos(json, "toLastNanos", broadcast.toLastNanos());
        nanos(json, "toLastHandledNanos", broadcast.toLastHandledNanos());
        json.writeBooleanField("fromHandled", broadcast.fromHandled());
        json.writeNumberField("undelivered", broadcast.undelivered());
        json.writeNumberField("handlingWorkNanos", broadcast.handlingWorkNanos());
        json.writeNumberField("weight", broadcast.weight());
        json.writeArrayFieldStart("slowestRecipients");
        for (RecipientDelay recipient : broadcast.slowestRecipients()) {
            json.writeStartObject();
            json.writeStringField("recipient", recipient.recipient());
            nanos(json, "toDequeueNanos", recipient.toDequeueNanos());
            nanos(json, "toHandledNanos", recipient.toHandledNanos());
            json.writeNumberField("depthAhead", recipient.depthAhead());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void nanos(JsonGenerator json, String field, long nanos) throws IOException {
        if (nanos == BroadcastResult.UNKNOWN) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, nanos);
        }
    }
}

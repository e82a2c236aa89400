package dev.flightpath.samples;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;
import java.util.Locale;

/**
 * Keeps fan-out spans with a probability that falls with the fan-out size, p = min(1, 4 / size),
 * as OpenTelemetry's consistent probability sampling does it: the rejection threshold
 * T = (1 - p) * 2^56 is written to the trace state as {@code ot=th:<hex>}, and a span is kept when
 * the trace id's low 56 bits R satisfy R >= T, so a reader can weigh each kept span by 1/p.
 * Spans below a fan-out span inherit its decision and threshold; all other spans are kept.
 */
final class FanOutSampler implements Sampler {
    static final AttributeKey<Long> FANOUT_SIZE = AttributeKey.longKey("guild.fanout.size");
    private static final long MAX_THRESHOLD = 1L << 56;

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        SpanContext parent = Span.fromContext(parentContext).getSpanContext();
        Long fanOut = attributes.get(FANOUT_SIZE);
        if (fanOut == null) {
            if (parent.isValid() && !parent.isSampled()) {
                return SamplingResult.drop();
            }
            return SamplingResult.recordAndSample(); // inherits the parent's trace state
        }
        double probability = Math.min(1.0, 4.0 / Math.max(1, fanOut));
        long threshold = (long) Math.floor((1.0 - probability) * MAX_THRESHOLD);
        long randomness = Long.parseUnsignedLong(traceId.substring(18), 16); // the low 56 bits
        boolean keep = Long.compareUnsigned(randomness, threshold) >= 0;
        String thresholdHex = thresholdHex(threshold);
        return new SamplingResult() {
            @Override
            public SamplingDecision getDecision() {
                return keep ? SamplingDecision.RECORD_AND_SAMPLE : SamplingDecision.DROP;
            }

            @Override
            public Attributes getAttributes() {
                return Attributes.empty();
            }

            @Override
            public TraceState getUpdatedTraceState(TraceState parentTraceState) {
                return parentTraceState.toBuilder().put("ot", "th:" + thresholdHex).build();
            }
        };
    }

    /** 14 hex digits with trailing zeros dropped ("8" for p = 0.5, "0" for p = 1). */
    static String thresholdHex(long threshold) {
        String hex = String.format(Locale.ROOT, "%014x", threshold).replaceAll("0+$", "");
        return hex.isEmpty() ? "0" : hex;
    }

    @Override
    public String getDescription() {
        return "FanOutSampler{p=min(1,4/fanout)}";
    }
}

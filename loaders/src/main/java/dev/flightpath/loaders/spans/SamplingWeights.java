package dev.flightpath.loaders.spans;

import java.util.Map;

/**
 * How many spans a sampled span stands for (always finite and at least 1).
 *
 * <ul>
 *   <li>OpenTelemetry probability sampling: the W3C {@code tracestate} entry {@code ot} may hold
 *       {@code th:<hex>}, the rejection threshold T as 1 to 14 hex digits (trailing zeros
 *       dropped, so {@code th:8} means 0x80000000000000). The keep probability is
 *       {@code 1 - T / 2^56} and the weight its inverse; {@code th:0} keeps everything.</li>
 *   <li>A sample-rate attribute ({@code SampleRate}, {@code sample_rate}, {@code sampleRate}):
 *       "one kept in N", so the weight is N.</li>
 *   <li>A probability p (Jaeger's {@code sampler.type=probabilistic}, {@code sampler.param=p}):
 *       weight 1/p.</li>
 * </ul>
 */
public final class SamplingWeights {
    private static final double TWO_POW_56 = 0x1p56;
    private static final String[] SAMPLE_RATE_KEYS = {"SampleRate", "sample_rate", "sampleRate", "sample.rate"};

    private SamplingWeights() {
    }

    /** The weight from a W3C trace state, or 1 when it carries no usable {@code ot=th:} value. */
    public static double fromTraceState(String traceState) {
        if (traceState == null || traceState.isEmpty()) {
            return 1.0;
        }
        for (String member : traceState.split(",", -1)) {
            String trimmed = member.trim();
            if (!trimmed.startsWith("ot=")) {
                continue;
            }
            for (String field : trimmed.substring(3).split(";", -1)) {
                if (field.startsWith("th:")) {
                    return fromThreshold(field.substring(3));
                }
            }
        }
        return 1.0;
    }

    /** The weight for a rejection threshold of 1 to 14 hex digits; 1 when it is not valid. */
    public static double fromThreshold(String hexDigits) {
        if (hexDigits.isEmpty() || hexDigits.length() > 14 || !SpanIds.isHex(hexDigits)) {
            return 1.0;
        }
        StringBuilder padded = new StringBuilder(hexDigits);
        while (padded.length() < 14) {
            padded.append('0');
        }
        long threshold = Long.parseLong(padded.toString(), 16);
        long kept = (1L << 56) - threshold; // exact in a long; as a double 1 - T/2^56 could round to 0
        return fromProbability(kept / TWO_POW_56);
    }

    /** 1/p for a keep probability p in (0, 1]; 1 when p is out of range. */
    public static double fromProbability(double probability) {
        if (!(probability > 0.0) || probability > 1.0) {
            return 1.0;
        }
        double weight = 1.0 / probability;
        return Double.isFinite(weight) && weight >= 1.0 ? weight : 1.0;
    }

    /** The weight from a sample-rate attribute (one kept in N), or 1 when there is none. */
    public static double fromSampleRateAttribute(Map<String, Object> attributes) {
        for (String key : SAMPLE_RATE_KEYS) {
            Double rate = JsonValues.toDouble(attributes.get(key));
            if (rate != null && rate >= 1.0 && Double.isFinite(rate)) {
                return rate;
            }
        }
        return 1.0;
    }
}

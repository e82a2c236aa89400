package dev.flightpath.analyzers.flame;

import dev.flightpath.model.SampleKind;
import java.util.List;
import java.util.Objects;

/**
 * Where the samples end (self) and what they pass through (total), per method, hottest self first.
 *
 * @param kind        the samples used
 * @param weightUnit  "samples", or the kind's value unit with {@code total}
 * @param sampleCount samples used
 * @param totalWeight the weight of all samples used, the base of the shares
 * @param methods     every method seen, by self weight (then total, then name)
 */
public record HotMethods(SampleKind kind, String weightUnit, long sampleCount, long totalWeight,
                         List<HotMethod> methods) {
    public HotMethods {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weightUnit, "weightUnit");
        methods = List.copyOf(methods);
    }

    public double share(long weight) {
        return totalWeight == 0 ? 0 : weight / (double) totalWeight;
    }
}

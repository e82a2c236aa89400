package dev.flightpath.analyzers.timeline;

import dev.flightpath.model.SampleKind;
import java.util.List;

/**
 * Self and total weight of chosen methods per group of timeline windows, so a page can list the
 * hottest methods of any selected range. Group {@code g} covers timeline windows
 * {@code [g × step, (g + 1) × step)}.
 *
 * @param kind         the sample kind
 * @param step         timeline windows per group
 * @param methods      the methods followed (the hottest of the whole range)
 * @param totalWeights the weight of all samples of the kind per group
 * @param cells        quadruples group, method index, self weight, total weight, only where
 *                     either is non-zero; read-only
 */
public record HotWindows(SampleKind kind, int step, List<String> methods, long[] totalWeights, long[] cells) {
    public HotWindows {
        methods = List.copyOf(methods);
    }
}

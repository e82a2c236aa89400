package dev.flightpath.analyzers.report;

import dev.flightpath.analyzers.check.CheckResult;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The recording against a baseline: key figures as the CI gate tests them, and a differential
 * flame graph when both have stack samples of the default kind.
 *
 * @param baselineFile the baseline's file
 * @param windowMillis the windows the test compares
 * @param figures      the comparison's rows
 * @param flame        the differential flame graph, if both recordings have samples of the kind
 */
public record BaselineFigures(Path baselineFile, long windowMillis, CheckResult figures, Optional<FlameGraph> flame) {
    public BaselineFigures {
        Objects.requireNonNull(baselineFile, "baselineFile");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(flame, "flame");
    }
}

package dev.flightpath.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --from/--to OFFSET}, offsets from the recording start, mixed into the analyses that can be
 * narrowed to a range; each command's rules say what of it counts as in the range.
 */
final class OffsetRangeOption {
    @Option(names = "--from", paramLabel = "OFFSET", converter = OffsetConverter.class,
            description = "Only what lies this long after the recording start or later (e.g. 500ms, 2s); the "
                    + "rules below say by which time.")
    Long fromOffsetNanos;

    @Option(names = "--to", paramLabel = "OFFSET", converter = OffsetConverter.class,
            description = "Only what lies before this long after the recording start.")
    Long toOffsetNanos;

    /** A usage error when the range is empty. */
    void validate(CommandSpec spec) {
        if (fromOffsetNanos != null && toOffsetNanos != null && toOffsetNanos <= fromOffsetNanos) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to must be after --from");
        }
    }

    /** The start on the recording's clock, or {@link Long#MIN_VALUE} without {@code --from}. */
    long fromNanos(long recordingStartNanos) {
        return fromOffsetNanos == null ? Long.MIN_VALUE : recordingStartNanos + fromOffsetNanos;
    }

    /** The end (exclusive) on the recording's clock, or {@link Long#MAX_VALUE} without {@code --to}. */
    long toNanos(long recordingStartNanos) {
        return toOffsetNanos == null ? Long.MAX_VALUE : recordingStartNanos + toOffsetNanos;
    }
}

package dev.flightpath.reporters.summary;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.RecordingInfo.TimeBase;

/** Which clock a recording's times are on, said per format: a Chrome trace's clock is not the BEAM's. */
public final class ClockName {
    private ClockName() {
    }

    /** A phrase that follows "on": "the BEAM's monotonic clock", "the Unix epoch (UTC)". */
    public static String of(InputFormat format, TimeBase timeBase) {
        if (timeBase == TimeBase.EPOCH) {
            return "the Unix epoch (UTC)";
        }
        switch (format) {
            case BEAM_TRACE:
                return "the BEAM's monotonic clock";
            case CHROME_JSON:
                return "the trace's own clock (on Linux usually the kernel's monotonic clock)";
            case SPEEDSCOPE:
                return "the profile's own clock (from its start)";
            default:
                return "the recorder's monotonic clock";
        }
    }
}

package dev.flightpath.reporters.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flightpath.model.InputFormat;
import dev.flightpath.model.RecordingInfo.TimeBase;
import org.junit.jupiter.api.Test;

/** Each format's clock is named as that format's: a Chrome trace is not on the BEAM's clock. */
class ClockNameTest {
    @Test
    void monotonicClocksAreNamedPerFormat() {
        assertEquals("the BEAM's monotonic clock", ClockName.of(InputFormat.BEAM_TRACE, TimeBase.MONOTONIC));
        assertEquals("the trace's own clock (on Linux usually the kernel's monotonic clock)",
                ClockName.of(InputFormat.CHROME_JSON, TimeBase.MONOTONIC));
        assertEquals("the profile's own clock (from its start)",
                ClockName.of(InputFormat.SPEEDSCOPE, TimeBase.MONOTONIC));
        for (InputFormat format : InputFormat.values()) {
            if (format != InputFormat.BEAM_TRACE) {
                assertFalse(ClockName.of(format, TimeBase.MONOTONIC).contains("BEAM"), format.name());
            }
        }
    }

    @Test
    void epochTimesAreOnTheUnixEpochWhateverTheFormat() {
        for (InputFormat format : InputFormat.values()) {
            assertEquals("the Unix epoch (UTC)", ClockName.of(format, TimeBase.EPOCH), format.name());
        }
    }
}

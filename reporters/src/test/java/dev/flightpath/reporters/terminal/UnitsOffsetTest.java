package dev.flightpath.reporters.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Offsets from the recording start: seconds with microseconds, signed, never a date. */
class UnitsOffsetTest {
    @Test
    void offsets() {
        long origin = -576_460_751_193_351_575L; // a BEAM monotonic clock
        assertEquals("+0.000000 s", Units.offset(origin, origin));
        assertEquals("+0.089843 s", Units.offset(origin + 89_843_210, origin));
        assertEquals("+1.234567 s", Units.offset(origin + 1_234_567_999, origin));
        assertEquals("+3723.000001 s", Units.offset(origin + 3_723_000_001_000L, origin));
        assertEquals("-0.000500 s", Units.offset(origin - 500_000, origin));
    }
}

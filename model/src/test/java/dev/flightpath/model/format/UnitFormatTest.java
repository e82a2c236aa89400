package dev.flightpath.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases where the findings' old formatter ({@code %.3g}) went wrong; the full table,
 * checked against the pages' {@code format.js} too, is reporters' {@code UnitsAgreementTest}.
 */
class UnitFormatTest {
    @Test
    void movesToTheNextUnitWhereThreeFiguresWouldRoundTo1000() {
        assertEquals("1.00 ms", UnitFormat.duration(999_700L)); // %.3g gave "1.00e+03 µs"
        assertEquals("1.00 s", UnitFormat.duration(999_600_000L)); // %.3g gave "1.00e+03 ms"
        assertEquals("999 µs", UnitFormat.duration(999_499L));
    }

    @Test
    void anHourOrMoreIsWrittenInHoursAndMinutes() {
        assertEquals("1 h 02 min", UnitFormat.duration(3_720_000_000_000L));
        assertEquals("-1 h 02 min", UnitFormat.duration(-3_720_000_000_000L));
        assertEquals("3599.99 s", UnitFormat.duration(3_599_994_999_999L));
    }

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("1,234,567", UnitFormat.count(1_234_567L));
        assertEquals("-1,000", UnitFormat.count(-1_000L));
    }
}

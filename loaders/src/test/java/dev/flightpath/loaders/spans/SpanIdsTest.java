package dev.flightpath.loaders.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanIdsTest {
    @Test
    void hexIsLowerCased() {
        assertEquals("5b8efff798038103d269b633813fc60c", SpanIds.normaliseOtlp("5B8EFFF798038103D269B633813FC60C", 16));
        assertEquals("eee19b7ec3c1b174", SpanIds.normalise("EEE19B7EC3C1B174"));
    }

    @Test
    void otlpBase64BecomesHex() {
        assertEquals("69842a979911036cf3e822086ecaa007", SpanIds.normaliseOtlp("aYQql5kRA2zz6CIIbsqgBw==", 16));
        assertEquals("5a69fc178ba8f837", SpanIds.normaliseOtlp("Wmn8F4uo+Dc=", 8));
    }

    @Test
    void otherTextIsKept() {
        assertEquals("trace-123", SpanIds.normalise("trace-123"));
        assertEquals("not base64 at all!!!!!!!", SpanIds.normaliseOtlp("not base64 at all!!!!!!!", 16));
        assertEquals("abc", SpanIds.normaliseOtlp("ABC", 8), "short hex stays hex");
    }

    @Test
    void allZerosIsNoId() {
        assertTrue(SpanIds.isEmptyId("0000000000000000"));
        assertTrue(SpanIds.isEmptyId(""));
        assertTrue(SpanIds.isEmptyId(null));
        assertFalse(SpanIds.isEmptyId("0000000000000001"));
    }
}

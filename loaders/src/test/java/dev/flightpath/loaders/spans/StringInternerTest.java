package dev.flightpath.loaders.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class StringInternerTest {
    @Test
    void equalTextGivesTheFirstInstanceFromStringsAndCharacterBuffers() {
        StringInterner strings = new StringInterner();
        String first = new String("trace-1");
        assertSame(first, strings.intern(first));
        assertSame(first, strings.intern(new String("trace-1")));
        char[] buffer = "xxtrace-1yy".toCharArray();
        assertSame(first, strings.intern(buffer, 2, 7));
        String fromChars = strings.intern("é-ünïcode".toCharArray(), 0, 9);
        assertSame(fromChars, strings.intern(new String("é-ünïcode")));
        assertNull(strings.intern(null));
    }

    @Test
    void manyDistinctStringsSurviveGrowth() {
        StringInterner strings = new StringInterner();
        String[] kept = new String[10_000];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = strings.intern(Integer.toHexString(i * 7919));
        }
        for (int i = 0; i < kept.length; i++) {
            char[] text = Integer.toHexString(i * 7919).toCharArray();
            assertSame(kept[i], strings.intern(text, 0, text.length));
            assertEquals(Integer.toHexString(i * 7919), kept[i]);
        }
    }
}

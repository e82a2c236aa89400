package dev.flightpath.loaders.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
    private static Object read(String json) throws Exception {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            return JsonTree.read(parser);
        }
    }

    @Test
    void readsNestedValues() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1L);
        expected.put("b", Arrays.asList(true, null, 2.5, "x", List.of()));
        expected.put("c", Map.of("d", Map.of("e", new BigInteger("123456789012345678901234567890"))));
        assertEquals(expected, read("{\"a\": 1, \"b\": [true, null, 2.5, \"x\", []],"
                + " \"c\": {\"d\": {\"e\": 123456789012345678901234567890}}}"));
    }

    @Test
    void readsScalarsAtTheTop() throws Exception {
        assertEquals("s", read("\"s\""));
        assertEquals(7L, read("7"));
    }

    @Test
    void toLongAcceptsIntegerStringsAndWholeDoubles() {
        assertEquals(1_544_712_660_000_000_000L, JsonValues.toLong("1544712660000000000"));
        assertEquals(15L, JsonValues.toLong(15.0));
        assertEquals(1500L, JsonValues.toLong("1.5e3"));
        assertEquals(null, JsonValues.toLong("1.5"));
        assertEquals(null, JsonValues.toLong("abc"));
        assertEquals(null, JsonValues.toLong(new BigInteger("99999999999999999999999")));
    }
}

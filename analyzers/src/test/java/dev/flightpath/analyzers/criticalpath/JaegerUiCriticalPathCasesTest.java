package dev.flightpath.analyzers.criticalpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.flightpath.model.LinkKind;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanLink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jaeger UI's own critical-path test cases (see {@code jaeger-ui-critical-path-cases.txt} for the
 * source and licence): flightpath gives the same sections, merged per span as Jaeger lists them,
 * except where the case file states flightpath's documented answer and why.
 */
class JaegerUiCriticalPathCasesTest {
    private static final String CASES = "jaeger-ui-critical-path-cases.txt";

    /** One case: its spans and the expected sections of every path, root by root, latest first. */
    record Case(String name, SpanRecording spans, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameSectionsAsJaegerUi(Case testCase) {
        List<String> paths = new ArrayList<>();
        for (TracePath path : CriticalPathAnalyzer.paths(testCase.spans().build())) {
            paths.add(sectionsLatestFirst(path));
        }
        assertEquals(testCase.expected(), String.join(" | ", paths));
    }

    /** The path's segments, adjacent ones of one span merged, latest first: "B 25 30, C 15 25". */
    private static String sectionsLatestFirst(TracePath path) {
        List<String> sections = new ArrayList<>();
        List<PathSegment> segments = path.segments();
        int i = segments.size() - 1;
        while (i >= 0) {
            PathSegment last = segments.get(i);
            long start = last.startNanos();
            while (i > 0 && segments.get(i - 1).spanId().equals(last.spanId())) {
                i--;
                start = segments.get(i).startNanos();
            }
            sections.add(last.spanId() + " " + start + " " + last.endNanos());
            i--;
        }
        return String.join(", ", sections);
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = JaegerUiCriticalPathCasesTest.class.getResourceAsStream(CASES)) {
            assertNotNull(in, CASES);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = null;
            SpanRecording spans = null;
            String jaeger = null;
            String flightpath = null;
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                boolean ends = line == null || line.startsWith("case ");
                if (ends && name != null) {
                    cases.add(new Case(name, spans, flightpath != null ? flightpath : jaeger));
                }
                if (line == null) {
                    break;
                }
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "case":
                        name = words[1];
                        spans = new SpanRecording();
                        jaeger = null;
                        flightpath = null;
                        break;
                    case "span":
                        spans.span(words[1], words[2].equals("-") ? "" : words[2], Long.parseLong(words[3]),
                                Long.parseLong(words[4]));
                        break;
                    case "follows":
                        spans.add(words[1], "", words[1], Long.parseLong(words[3]), Long.parseLong(words[4]),
                                SpanKind.INTERNAL, List.of(new SpanLink("t1", words[2], LinkKind.FOLLOWS_FROM)));
                        break;
                    case "jaeger":
                        jaeger = line.substring("jaeger ".length());
                        break;
                    case "flightpath":
                        flightpath = line.substring("flightpath ".length());
                        break;
                    default:
                        break; // comments, "why" lines and blank lines
                }
            }
        }
        return cases.stream();
    }
}

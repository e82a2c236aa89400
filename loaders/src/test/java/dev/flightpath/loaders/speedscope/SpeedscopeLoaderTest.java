package dev.flightpath.loaders.speedscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.loaders.Fixtures;
import dev.flightpath.loaders.FormatDetector;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** speedscope files written by hand, with answers worked out by hand. */
class SpeedscopeLoaderTest {
    private static final String FILE = "{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\","
            + "\"shared\":{\"frames\":[{\"name\":\"main\"},{\"name\":\"parse\",\"line\":12},{\"name\":\"render\"}]},"
            + "\"profiles\":["
            + "{\"type\":\"sampled\",\"name\":\"worker (cpu)\",\"unit\":\"none\",\"startValue\":0,\"endValue\":5,"
            + "\"samples\":[[0,1],[0,2],[0,1]],\"weights\":[3,1,1]},"
            + "{\"type\":\"sampled\",\"name\":\"heap\",\"unit\":\"bytes\",\"startValue\":0,\"endValue\":96,"
            + "\"samples\":[[0,2]],\"weights\":[96]},"
            + "{\"type\":\"evented\",\"name\":\"server (spans)\",\"unit\":\"milliseconds\",\"startValue\":0,"
            + "\"endValue\":10,\"events\":[{\"type\":\"O\",\"frame\":0,\"at\":0},{\"type\":\"O\",\"frame\":1,\"at\":1.5},"
            + "{\"type\":\"C\",\"frame\":1,\"at\":4},{\"type\":\"C\",\"frame\":0,\"at\":10},"
            + "{\"type\":\"O\",\"frame\":2,\"at\":11},{\"type\":\"C\",\"frame\":2,\"at\":12}]}]}";

    @TempDir
    Path dir;

    @Test
    void sampledProfilesBecomeSamplesAndEventedOnesSpans() throws Exception {
        Path file = Fixtures.write(dir, "x.speedscope.json", FILE);
        assertEquals(InputFormat.SPEEDSCOPE, FormatDetector.detect(file));
        Recording recording = RecordingLoader.load(file, null, LoadRequest.everything());
        // worker: weights 3 + 1 + 1 = 5 cpu samples, 4 of them through parse.
        assertEquals(5, recording.samples().count(SampleKind.CPU));
        assertEquals(1, recording.samples().count(SampleKind.ALLOC));
        long parse = 0;
        long allocBytes = 0;
        for (int row = 0; row < recording.samples().size(); row++) {
            int leaf = recording.stacks().frameAt(recording.samples().stackId(row), 0);
            if (recording.samples().kind(row) == SampleKind.CPU
                    && recording.stacks().frame(leaf).name().equals("parse")) {
                parse++;
                assertEquals(12, recording.stacks().frame(leaf).lineNumber());
            }
            if (recording.samples().kind(row) == SampleKind.ALLOC) {
                allocBytes += recording.samples().value(row);
            }
        }
        assertEquals(4, parse);
        assertEquals(96, allocBytes);
        assertEquals(List.of("worker", "heap", "server"), recording.processes().stream().map(p -> p.name()).toList());

        // server: main 0–10 ms with parse 1.5–4 ms inside it; then render 11–12 ms, a second trace.
        List<Span> spans = recording.spans();
        assertEquals(3, spans.size());
        assertEquals("main", spans.get(0).name());
        assertEquals(10_000_000, spans.get(0).durationNanos());
        assertEquals("parse", spans.get(1).name());
        assertEquals(1_500_000, spans.get(1).startNanos());
        assertEquals(2_500_000, spans.get(1).durationNanos());
        assertEquals(spans.get(0).spanId(), spans.get(1).parentSpanId());
        assertEquals(spans.get(0).traceId(), spans.get(1).traceId());
        assertTrue(spans.get(2).isRoot());
        assertEquals(2, recording.traceCount());
        assertEquals(4L, recording.eventCounts().get("speedscope.sample"));
        assertEquals(6L, recording.eventCounts().get("speedscope.event"));
    }

    @Test
    void aFrameIndexOutOfRangeNamesTheProfileAndSample() {
        Path file = Fixtures.write(dir, "bad.json", FILE.replace("[[0,1],[0,2],[0,1]]", "[[0,1],[0,7],[0,1]]"));
        InputDataException e = assertThrows(InputDataException.class,
                () -> RecordingLoader.load(file, null, LoadRequest.everything()));
        assertEquals("invalid speedscope file '" + file + "': profile 0 sample 1 refers to frame 7 of 3",
                e.getMessage());
    }

    @Test
    void anUnmatchedCloseIsSkippedWithAWarning() throws Exception {
        Path file = Fixtures.write(dir, "odd.json", FILE.replace("{\"type\":\"C\",\"frame\":1,\"at\":4},",
                "{\"type\":\"C\",\"frame\":2,\"at\":3},{\"type\":\"C\",\"frame\":1,\"at\":4},"));
        Recording recording = RecordingLoader.load(file, null, LoadRequest.everything());
        assertEquals(3, recording.spans().size());
        assertTrue(recording.warnings().stream().anyMatch(w -> w.code().equals("speedscope-unmatched-close")));
    }
}

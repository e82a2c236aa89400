package dev.flightpath.analyzers.flame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HotAnalyzerTest {
    @Test
    void selfAndTotalShares() {
        // Four samples: main;work;parse (×2), main;work, main;parse;parse (recursive: parse counts once in total).
        Recording recording = new TestRecordings()
                .cpu("t", "p.Main.main;p.Work.work;p.Parser.parse")
                .cpu("t", "p.Main.main;p.Work.work;p.Parser.parse")
                .cpu("t", "p.Main.main;p.Work.work")
                .cpu("t", "p.Main.main;p.Parser.parse;p.Parser.parse")
                .build();
        FlameOptions simple = new FlameOptions(SampleKind.CPU, false, Long.MIN_VALUE, Long.MAX_VALUE, false, null,
                List.of(), List.<Pattern>of(), false, false, true);
        HotMethods hot = HotAnalyzer.hot(recording, simple);
        assertEquals(4, hot.totalWeight());
        assertEquals(List.of(
                new HotMethod("Parser.parse", 3, 3),
                new HotMethod("Work.work", 1, 3),
                new HotMethod("Main.main", 0, 4)), hot.methods());
        assertEquals(0.75, hot.share(hot.methods().get(0).selfWeight()), 1e-9);
    }
}

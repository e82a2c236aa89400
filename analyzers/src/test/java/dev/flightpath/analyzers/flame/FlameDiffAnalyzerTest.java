package dev.flightpath.analyzers.flame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.model.SampleKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlameDiffAnalyzerTest {
    @Test
    void matchesPathsNormalisesSharesAndKeepsBaselineOnlyPaths() {
        FlameTree current = FlameAnalyzer.build(new TestRecordings()
                .cpu("t", "m.M.main;m.A.a").cpu("t", "m.M.main;m.A.a")
                .cpu("t", "m.M.main;m.B.b").cpu("t", "m.M.main;m.B.b").build(), FlameOptions.of(SampleKind.CPU));
        FlameTree baseline = FlameAnalyzer.build(new TestRecordings()
                .cpu("t", "m.M.main;m.A.a")
                .cpu("t", "m.M.main;m.C.c;m.D.d").cpu("t", "m.M.main;m.C.c;m.D.d").cpu("t", "m.M.main;m.C.c")
                .build(), FlameOptions.of(SampleKind.CPU));
        FlameDiff diff = FlameDiffAnalyzer.diff(current, baseline);
        // current pre-order: all, main, a, b
        assertEquals("m.A.a", current.name(2));
        assertEquals(4, diff.baselineTotal(1));
        assertEquals(1, diff.baselineSelf(2));
        assertEquals(-1, diff.baselineNodes()[3]);
        assertEquals(0.25, diff.selfShareChange(2), 1e-9);
        assertEquals(0.5, diff.selfShareChange(3), 1e-9);
        assertEquals(0.0, diff.selfShareChange(1), 1e-9);
        // Only the top-most baseline-only node: c (with d below it), under main.
        assertEquals(1, diff.baselineOnly().size());
        FlameDiff.BaselineOnly gone = diff.baselineOnly().get(0);
        assertEquals(1, gone.currentParent());
        assertEquals("m.C.c", baseline.name(gone.baselineNode()));
        assertEquals(3, baseline.total(gone.baselineNode()));
        assertEquals(List.of(
                new DiffFoldedStack("m.M.main;m.A.a", 1, 2),
                new DiffFoldedStack("m.M.main;m.B.b", 0, 2),
                new DiffFoldedStack("m.M.main;m.C.c", 1, 0),
                new DiffFoldedStack("m.M.main;m.C.c;m.D.d", 2, 0)), diff.collapsed());
    }
}

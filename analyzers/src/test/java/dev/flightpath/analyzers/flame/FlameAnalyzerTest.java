package dev.flightpath.analyzers.flame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.model.Frame;
import dev.flightpath.model.FrameType;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FlameAnalyzerTest {
    /** main;a;b ×3, main;a ×1, main;c ×2 on two threads, plus an alloc sample that must not count. */
    private static Recording threeStacks() {
        return new TestRecordings()
                .cpu("worker-1", "com.x.Main.main;com.x.A.a;com.x.B.b")
                .cpu("worker-1", "com.x.Main.main;com.x.A.a;com.x.B.b")
                .cpu("worker-2", "com.x.Main.main;com.x.A.a;com.x.B.b")
                .cpu("worker-1", "com.x.Main.main;com.x.A.a")
                .cpu("worker-2", "com.x.Main.main;com.x.C.c")
                .cpu("worker-2", "com.x.Main.main;com.x.C.c")
                .sample(0, "worker-1", "com.x.Main.main;byte[]", SampleKind.ALLOC, 4096)
                .build();
    }

    /** "depth name total self" per node, pre-order. */
    private static List<String> describe(FlameTree tree) {
        List<String> lines = new ArrayList<>();
        for (int node = 0; node < tree.nodeCount(); node++) {
            lines.add(tree.depth(node) + " " + tree.name(node) + " " + tree.total(node) + " " + tree.self(node));
        }
        return lines;
    }

    private static FlameOptions options(SampleKind kind, boolean total, boolean threads, String thread,
            List<String> includes, List<String> excludes, boolean reverse, boolean lines, boolean simple) {
        return new FlameOptions(kind, total, Long.MIN_VALUE, Long.MAX_VALUE, threads,
                thread == null ? null : Pattern.compile(thread), includes.stream().map(Pattern::compile).toList(),
                excludes.stream().map(Pattern::compile).toList(), reverse, lines, simple);
    }

    @Test
    void buildsTheTopDownTreeWithSortedChildren() {
        FlameTree tree = FlameAnalyzer.build(threeStacks(), FlameOptions.of(SampleKind.CPU));
        assertEquals(List.of(
                "0 all 6 0",
                "1 com.x.Main.main 6 0",
                "2 com.x.A.a 4 1",
                "3 com.x.B.b 3 3",
                "2 com.x.C.c 2 2"), describe(tree));
        assertEquals(6, tree.sampleCount());
        assertEquals("samples", tree.weightUnit());
    }

    @Test
    void reverseMakesLeavesChildrenOfTheRoot() {
        FlameTree tree = FlameAnalyzer.build(threeStacks(),
                options(SampleKind.CPU, false, false, null, List.of(), List.of(), true, false, false));
        assertEquals(List.of(
                "0 all 6 0",
                "1 com.x.A.a 1 0",
                "2 com.x.Main.main 1 1",
                "1 com.x.B.b 3 0",
                "2 com.x.A.a 3 0",
                "3 com.x.Main.main 3 3",
                "1 com.x.C.c 2 0",
                "2 com.x.Main.main 2 2"), describe(tree));
    }

    @Test
    void threadsGetOneRootChildEach() {
        FlameTree tree = FlameAnalyzer.build(threeStacks(),
                options(SampleKind.CPU, false, true, null, List.of(), List.of(), false, false, true));
        assertEquals(List.of(
                "0 all 6 0",
                "1 worker-1 3 0",
                "2 Main.main 3 0",
                "3 A.a 3 1",
                "4 B.b 2 2",
                "1 worker-2 3 0",
                "2 Main.main 3 0",
                "3 A.a 1 0",
                "4 B.b 1 1",
                "3 C.c 2 2"), describe(tree));
        assertEquals(FlameLabel.Kind.THREAD, tree.labelKind(1));
    }

    @Test
    void threadRegexKeepsMatchingThreadsOnly() {
        FlameTree tree = FlameAnalyzer.build(threeStacks(),
                options(SampleKind.CPU, false, false, "-2$", List.of(), List.of(), false, false, true));
        assertEquals(List.of("0 all 3 0", "1 Main.main 3 0", "2 A.a 1 0", "3 B.b 1 1", "2 C.c 2 2"), describe(tree));
    }

    @Test
    void everyIncludeMustMatchAndNoExclude() {
        // Include A and B: only main;a;b.
        FlameTree both = FlameAnalyzer.build(threeStacks(),
                options(SampleKind.CPU, false, false, null, List.of("A\\.a", "B\\.b"), List.of(), false, false, true));
        assertEquals(List.of("0 all 3 0", "1 Main.main 3 0", "2 A.a 3 0", "3 B.b 3 3"), describe(both));
        // Include A, exclude B: only main;a.
        FlameTree excluded = FlameAnalyzer.build(threeStacks(),
                options(SampleKind.CPU, false, false, null, List.of("A\\.a"), List.of("B\\.b"), false, false, true));
        assertEquals(List.of("0 all 1 0", "1 Main.main 1 0", "2 A.a 1 1"), describe(excluded));
        // Patterns match the full name even with simple names.
        FlameTree byPackage = FlameAnalyzer.build(threeStacks(),
                options(SampleKind.CPU, false, false, null, List.of(), List.of("^com\\.x\\.C"), false, false, true));
        assertEquals(4, byPackage.totalWeight());
    }

    @Test
    void totalWeighsByValue() {
        Recording recording = new TestRecordings()
                .sample(0, "t", "app.Main.main;app.Cache.fill;byte[]", SampleKind.ALLOC, 1000)
                .sample(0, "t", "app.Main.main;app.Cache.fill;byte[]", SampleKind.ALLOC, 24)
                .sample(0, "t", "app.Main.main;java.lang.String", SampleKind.ALLOC, 100)
                .build();
        FlameTree counted = FlameAnalyzer.build(recording, FlameOptions.of(SampleKind.ALLOC));
        assertEquals(List.of("0 all 3 0", "1 app.Main.main 3 0", "2 app.Cache.fill 2 0", "3 byte[] 2 2",
                "2 java.lang.String 1 1"), describe(counted));
        FlameTree weighed = FlameAnalyzer.build(recording,
                options(SampleKind.ALLOC, true, false, null, List.of(), List.of(), false, false, true));
        assertEquals(List.of("0 all 1124 0", "1 Main.main 1124 0", "2 Cache.fill 1024 0", "3 byte[] 1024 1024",
                "2 String 100 100"), describe(weighed));
        assertEquals("bytes", weighed.weightUnit());
        assertEquals(FlameLabel.Kind.ALLOCATED, weighed.labelKind(3));
    }

    @Test
    void timeWindowIsFromInclusiveToExclusive() {
        Recording recording = new TestRecordings()
                .sample(0, "t", "m.A.a", SampleKind.CPU, 1)
                .sample(1_000, "t", "m.B.b", SampleKind.CPU, 1)
                .sample(2_000, "t", "m.C.c", SampleKind.CPU, 1)
                .build();
        long start = TestRecordings.START_NANOS;
        FlameOptions window = new FlameOptions(SampleKind.CPU, false, start + 1_000, start + 2_000, false, null,
                List.of(), List.of(), false, false, false);
        assertEquals(List.of("0 all 1 0", "1 m.B.b 1 1"), describe(FlameAnalyzer.build(recording, window)));
    }

    @Test
    void linesSplitAMethodByLine() {
        Recording recording = new TestRecordings()
                .cpu("t", "p.Main.main:10;p.Work.run:20")
                .cpu("t", "p.Main.main:10;p.Work.run:21")
                .cpu("t", "p.Main.main:11;p.Work.run:20")
                .build();
        assertEquals(List.of("0 all 3 0", "1 p.Main.main 3 0", "2 p.Work.run 3 3"),
                describe(FlameAnalyzer.build(recording, FlameOptions.of(SampleKind.CPU))));
        FlameTree byLine = FlameAnalyzer.build(recording,
                options(SampleKind.CPU, false, false, null, List.of(), List.of(), false, true, true));
        assertEquals(List.of("0 all 3 0", "1 Main.main:10 2 0", "2 Work.run:20 1 1", "2 Work.run:21 1 1",
                "1 Main.main:11 1 0", "2 Work.run:20 1 1"), describe(byLine));
    }

    @Test
    void simpleNamesStripPackagesOnly() {
        assertEquals("Parser.parse", FrameLabels.simpleName("com.acme.Parser.parse", dev.flightpath.model.FrameType.JIT_COMPILED));
        assertEquals("Outer$Inner.run", FrameLabels.simpleName("com.acme.Outer$Inner.run",
                dev.flightpath.model.FrameType.INTERPRETED));
        assertEquals("Main.main", FrameLabels.simpleName("Main.main", dev.flightpath.model.FrameType.INLINED));
        assertEquals("String", FrameLabels.simpleName("java.lang.String", dev.flightpath.model.FrameType.ALLOCATED_CLASS));
        assertEquals("Partition$$Lambda$1261.0x0000000801543d98.accept", FrameLabels.simpleName(
                "kafka.cluster.Partition$$Lambda$1261.0x0000000801543d98.accept", dev.flightpath.model.FrameType.JIT_COMPILED));
        assertEquals("[Ljava.lang.Object;", FrameLabels.simpleName("[Ljava.lang.Object;",
                dev.flightpath.model.FrameType.ALLOCATED_CLASS));
        assertEquals("libc.so.6", FrameLabels.simpleName("libc.so.6", dev.flightpath.model.FrameType.NATIVE));
    }

    @Test
    void samplesWithoutAStackAreShownAsSuch() {
        Recording recording = new TestRecordings().cpu("t", "").cpu("t", "m.A.a").build();
        assertEquals(List.of("0 all 2 0", "1 [no stack] 1 1", "1 m.A.a 1 1"),
                describe(FlameAnalyzer.build(recording, FlameOptions.of(SampleKind.CPU))));
    }

    @Test
    void deepStacksNeedNoRecursion() {
        StringBuilder deep = new StringBuilder("d.F.f0");
        for (int i = 1; i < 5_000; i++) {
            deep.append(";d.F.f").append(i);
        }
        Recording recording = new TestRecordings().cpu("t", deep.toString()).cpu("t", deep.toString()).build();
        FlameTree tree = FlameAnalyzer.build(recording, FlameOptions.of(SampleKind.CPU));
        assertEquals(5_001, tree.nodeCount());
        assertEquals(5_000, tree.maxDepth());
        assertEquals(2, tree.self(5_000));
        assertEquals(1, tree.collapsed().size());
    }

    @Test
    void collapsedJoinsRootFirstAndSorts() {
        FlameTree tree = FlameAnalyzer.build(threeStacks(),
                options(SampleKind.CPU, false, false, null, List.of(), List.of(), false, false, true));
        assertEquals(List.of(
                new FoldedStack("Main.main;A.a", 1),
                new FoldedStack("Main.main;A.a;B.b", 3),
                new FoldedStack("Main.main;C.c", 2)), tree.collapsed());
    }

    @Test
    void collapsedMergesPathsThatDifferOnlyInFrameKind() {
        StackTable.Builder stacks = new StackTable.Builder();
        int main = stacks.internFrame(new Frame("p.Main.main", FrameType.JIT_COMPILED, 0));
        int jit = stacks.internFrame(new Frame("p.Work.run", FrameType.JIT_COMPILED, 0));
        int inlined = stacks.internFrame(new Frame("p.Work.run", FrameType.INLINED, 0));
        SampleTable.Builder samples = new SampleTable.Builder()
                .add(1, stacks.internStack(new int[] {jit, main}), 0, SampleKind.CPU, 1)
                .add(2, stacks.internStack(new int[] {inlined, main}), 0, SampleKind.CPU, 1);
        Recording recording = new Recording(
                new RecordingInfo(InputFormat.JFR, "2.1", "", "", 0, 10, 1, false), Map.of(),
                List.of(new ProcessInfo(0, "1", "main", ProcessKind.THREAD, "")), List.of(), MessageTable.empty(),
                SchedulingTable.empty(), stacks.build(), samples.build(), 0, List.of());
        FlameTree tree = FlameAnalyzer.build(recording, FlameOptions.of(SampleKind.CPU));
        assertEquals(4, tree.nodeCount());
        assertEquals(List.of(new FoldedStack("p.Main.main;p.Work.run", 2)), tree.collapsed());
    }

    @Test
    void defaultKindPrefersCpuThenWallThenAllocThenLock() {
        Recording allocAndLock = new TestRecordings()
                .sample(0, "t", "a.B.c;x.Y", SampleKind.LOCK, 5)
                .sample(0, "t", "a.B.c;x.Z", SampleKind.ALLOC, 5)
                .build();
        assertEquals(SampleKind.ALLOC, SampleKinds.defaultKind(SampleKinds.counts(allocAndLock)).orElseThrow());
        assertEquals(SampleKind.CPU, SampleKinds.defaultKind(SampleKinds.counts(threeStacks())).orElseThrow());
        assertEquals(java.util.Optional.empty(), SampleKinds.defaultKind(SampleKinds.counts(new TestRecordings().build())));
    }
}

package dev.flightpath.analyzers.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.model.Recording;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report's built-in comparison: its rules, its windows, and the rows it keeps. */
class BaselineComparisonTest {
    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000_000_000;

    @Test
    void builtInRulesAreRelativeAndUseTheGivenWindow() {
        RuleSet rules = BaselineComparison.rules(40);
        assertEquals(List.of("mailbox.wait", "latency", "span.duration", "gc.pause"),
                rules.rules().stream().map(rule -> rule.selector().metric()).collect(Collectors.toList()));
        rules.rules().forEach(rule -> assertTrue(rule.conditions().get(0).limit().relative(), rule.selectorText()));
        assertEquals(40 * MS, rules.settings().windowNanos());
        assertEquals(0, rules.settings().warmupNanos());
    }

    @Test
    void windowIsTheShorterDurationOverFiftyWithinTenMillisecondsAndOneSecond() {
        Recording tenSeconds = new Scenario(0, 10 * SECOND).build();
        Recording twoSeconds = new Scenario(0, 2 * SECOND).build();
        Recording hundredMillis = new Scenario(0, 100 * MS).build();
        Recording hour = new Scenario(0, 3_600 * SECOND).build();
        assertEquals(40, BaselineComparison.windowMillis(tenSeconds, twoSeconds));
        assertEquals(10, BaselineComparison.windowMillis(hundredMillis, tenSeconds));
        assertEquals(1_000, BaselineComparison.windowMillis(hour, hour));
    }

    @Test
    void onlyFiguresWithDataInBothRecordingsAreKept() {
        Scenario current = new Scenario(0, 2 * SECOND);
        int a = current.process("a");
        Scenario baseline = new Scenario(0, 2 * SECOND);
        int b = baseline.process("a");
        for (int i = 0; i < 100; i++) {
            current.message(a, a, "guild", "Post", i * 20 * MS, i * 20 * MS + 5 * MS);
            baseline.message(b, b, "guild", "Post", i * 20 * MS, i * 20 * MS + 5 * MS);
            current.message(a, a, "only-current", "Post", i * 20 * MS, i * 20 * MS + MS);
        }
        CheckResult result = BaselineComparison.compare(current.build(), baseline.build());
        assertEquals(1, result.results().size(), result.results().toString());
        ConditionResult guild = result.results().get(0);
        assertEquals("{mailbox=\"guild\"}", guild.groupText());
        assertEquals(0.0, guild.delta());
        assertEquals(Verdict.PASS, guild.verdict());
        assertEquals(Verdict.PASS, result.overall());
        assertTrue(result.comparedWithBaseline());
    }
}

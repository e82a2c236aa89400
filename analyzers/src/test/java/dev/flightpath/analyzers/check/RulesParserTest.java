package dev.flightpath.analyzers.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.check.rules.Comparison;
import dev.flightpath.analyzers.check.rules.Condition;
import dev.flightpath.analyzers.check.rules.LabelMatcher;
import dev.flightpath.analyzers.check.rules.NoDataPolicy;
import dev.flightpath.analyzers.check.rules.Rule;
import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.analyzers.check.rules.Severity;
import dev.flightpath.analyzers.check.rules.Statistic;
import org.junit.jupiter.api.Test;

class RulesParserTest {
    private static final String EXAMPLE = String.join("\n",
            "thresholds:",
            "  latency{process=~\"guild.*\"}:",
            "    - p(99) < 5ms",
            "    - p(99) <= baseline * 1.10 + 200us",
            "  mailbox.depth{mailbox=\"guild\"}:",
            "    conditions: [ \"max < 10000\" ]",
            "    min_events: 100",
            "    on_no_data: warn      # or pass, fail",
            "    severity: warn",
            "  cpu.share{frame=\"com.acme.Parser.parse\"}:",
            "    - value < 15%",
            "settings:",
            "  window: 500ms",
            "  warmup: 2s",
            "  alpha: 0.01",
            "");

    @Test
    void readsTheDocumentedExample() throws RulesException {
        RuleSet rules = RulesParser.parse(EXAMPLE);
        assertEquals(3, rules.rules().size());
        Rule latency = rules.rules().get(0);
        assertEquals(2, latency.line());
        assertEquals("latency", latency.selector().metric());
        LabelMatcher matcher = latency.selector().matchers().get(0);
        assertEquals(LabelMatcher.Operator.MATCHES, matcher.operator());
        assertTrue(matcher.matches("guild-7"));
        Condition p99 = latency.conditions().get(0);
        assertEquals(new Statistic(Statistic.Kind.PERCENTILE, 99), p99.statistic());
        assertEquals(Comparison.LT, p99.comparison());
        assertEquals(5_000_000.0, p99.limit().resolve(0));
        assertEquals(3, p99.line());
        Condition relative = latency.conditions().get(1);
        assertTrue(relative.limit().relative());
        assertEquals(1.10 * 1_000_000 + 200_000, relative.limit().resolve(1_000_000), 1e-6);
        Rule depth = rules.rules().get(1);
        assertEquals(100, depth.minEvents());
        assertEquals(NoDataPolicy.WARN, depth.onNoData());
        assertEquals(Severity.WARN, depth.severity());
        assertEquals(10_000.0, depth.conditions().get(0).limit().resolve(0));
        assertEquals(0.15, rules.rules().get(2).conditions().get(0).limit().resolve(0), 1e-12);
        assertEquals(500_000_000L, rules.settings().windowNanos());
        assertEquals(2_000_000_000L, rules.settings().warmupNanos());
        assertEquals(0.01, rules.settings().alpha());
    }

    private static RulesException fails(String yaml) {
        return assertThrows(RulesException.class, () -> RulesParser.parse(yaml));
    }

    private static void failsAt(int line, String expected, String yaml) {
        RulesException e = fails(yaml);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void unknownMetricNamesTheLine() {
        failsAt(3, "unknown metric 'latncy'", "thresholds:\n  gc.pause: [\"max < 1s\"]\n  latncy: [\"max < 1s\"]\n"
                .replace("gc.pause", "latency"));
    }

    @Test
    void unknownLabel() {
        failsAt(2, "has no label 'proces'", "thresholds:\n  latency{proces=\"x\"}:\n    - max < 1s\n");
    }

    @Test
    void unknownStatistic() {
        failsAt(3, "unknown statistic 'median'", "thresholds:\n  latency:\n    - median < 1s\n");
    }

    @Test
    void durationNeedsAUnit() {
        failsAt(3, "needs a unit", "thresholds:\n  latency:\n    - p(99) < 5\n");
    }

    @Test
    void unknownUnit() {
        failsAt(3, "unknown unit 'sec'", "thresholds:\n  latency:\n    - p(99) < 5sec\n");
    }

    @Test
    void countTakesNoUnit() {
        failsAt(3, "takes no unit", "thresholds:\n  mailbox.depth:\n    - max < 10ms\n");
    }

    @Test
    void shareNeedsPercent() {
        failsAt(3, "percent", "thresholds:\n  cpu.share{frame=\"a.B.c\"}:\n    - value < 0.15\n");
    }

    @Test
    void valueIsOnlyForShares() {
        failsAt(3, "'value' is for share metrics", "thresholds:\n  latency:\n    - value < 5ms\n");
    }

    @Test
    void gaugesHaveNoCount() {
        failsAt(3, "has no count", "thresholds:\n  mailbox.depth:\n    - count > 1\n");
    }

    @Test
    void badComparison() {
        failsAt(3, "unsupported comparison '=='", "thresholds:\n  latency:\n    - max == 5ms\n");
    }

    @Test
    void badPercentile() {
        failsAt(3, "must be in (0, 100]", "thresholds:\n  latency:\n    - p(101) < 5ms\n");
    }

    @Test
    void badRegex() {
        failsAt(2, "bad regular expression", "thresholds:\n  latency{process=~\"(\"}:\n    - max < 5ms\n");
    }

    @Test
    void badRelativeLimit() {
        failsAt(3, "baseline * FACTOR", "thresholds:\n  latency:\n    - max < 2 * baseline\n");
    }

    @Test
    void unknownRuleOption() {
        failsAt(4, "unknown rule option 'min_event'", "thresholds:\n  latency:\n    conditions: [\"max < 1s\"]\n    min_event: 5\n");
    }

    @Test
    void badPolicyWord() {
        failsAt(4, "on_no_data must be one of fail, pass, warn",
                "thresholds:\n  latency:\n    conditions: [\"max < 1s\"]\n    on_no_data: ignore\n");
    }

    @Test
    void yamlSyntaxErrorNamesItsLine() {
        RulesException e = fails("thresholds:\n  latency:\n    - max < 1s\n  \"unclosed: [\n");
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        assertTrue(e.line() >= 4, e.getMessage());
    }

    @Test
    void emptyAndShapeless() {
        failsAt(1, "empty", "");
        failsAt(1, "expected a mapping", "- just a list\n");
        failsAt(1, "unknown key 'threshold'", "threshold:\n  latency: [\"max < 1s\"]\n");
        failsAt(1, "no rules", "settings:\n  window: 1s\n");
        failsAt(2, "has no conditions", "thresholds:\n  latency: []\n");
    }

    @Test
    void badSettings() {
        failsAt(3, "setting 'alpha'", "thresholds:\n  latency: [\"max < 1s\"]\nsettings:\n  alpha: 2\n".replace(
                "settings:\n  alpha", "settings:\n  alpha").replace("\nsettings", "\nsettings") .replace(
                "thresholds:\n  latency: [\"max < 1s\"]\n", "thresholds: {latency: [\"max < 1s\"]}\n"));
        failsAt(4, "unknown setting 'windows'", "thresholds:\n  latency: [\"max < 1s\"]\nsettings:\n  windows: 1s\n");
    }
}

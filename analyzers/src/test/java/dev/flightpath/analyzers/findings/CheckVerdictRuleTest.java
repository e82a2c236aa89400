package dev.flightpath.analyzers.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flightpath.analyzers.Scenario;
import dev.flightpath.analyzers.check.CheckAnalyzer;
import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.analyzers.summary.SummaryAnalyzer;
import dev.flightpath.model.Recording;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CI gate's verdicts as findings, on a mailbox whose waits are worked out by hand. */
class CheckVerdictRuleTest {
    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000_000_000;

    /** Three messages through "guild" waiting 100, 140 and 180 ms: max wait 180 ms, 3 observations. */
    private static Recording guild() {
        Scenario s = new Scenario(0, SECOND);
        int sender = s.process("main");
        int guild = s.process("guild");
        return s.message(sender, guild, "guild", "Post", 100 * MS, 200 * MS)
                .message(sender, guild, "guild", "Post", 110 * MS, 250 * MS)
                .message(sender, guild, "guild", "Post", 120 * MS, 300 * MS)
                .build();
    }

    private static List<Finding> findings(String rulesYaml) throws RulesException {
        Recording recording = guild();
        CheckResult checks = CheckAnalyzer.evaluate(RulesParser.parse(rulesYaml), recording, null);
        FindingInputs inputs = new FindingInputs(SummaryAnalyzer.summarize("test", recording), Optional.empty(),
                Optional.empty(), List.of(), recording.pauses(), Optional.empty(), Optional.of(checks));
        return new CheckVerdictRule().evaluate(inputs);
    }

    @Test
    void aFailedConditionIsAWarningWithItsValueAndLimit() throws RulesException {
        List<Finding> findings = findings("""
                thresholds:
                  mailbox.wait{mailbox="guild"}:
                    - max < 150ms
                    - count > 0
                """);
        assertEquals(1, findings.size(), "the passing condition says nothing");
        Finding finding = findings.get(0);
        assertEquals(100, finding.score());
        assertEquals(FindingLevel.WARNING, finding.level());
        assertEquals("CI gate: mailbox.wait{mailbox=\"guild\"} max < 150ms failed: 180 ms, limit 150 ms.",
                finding.statement());
        assertEquals("checks", finding.section());
        assertEquals("3 observations", finding.evidence().get(1));
        assertEquals("rules file line 3", finding.evidence().get(2));
    }

    @Test
    void warnAndTooFewEventsScoreBelowAFailure() throws RulesException {
        List<Finding> findings = findings("""
                thresholds:
                  mailbox.wait{mailbox="guild"}:
                    conditions: [ "p(50) < 100ms" ]
                    severity: warn
                  mailbox.wait{process="guild"}:
                    conditions: [ "max < 1s" ]
                    min_events: 10
                """);
        assertEquals(2, findings.size(), findings.toString());
        Finding warned = findings.get(0);
        assertEquals(CheckVerdictRule.WARN_SCORE, warned.score());
        assertEquals("CI gate: mailbox.wait{mailbox=\"guild\"} p(50) < 100ms warned: 140 ms, limit 100 ms.",
                warned.statement());
        assertEquals(CheckVerdictRule.INCONCLUSIVE_SCORE, findings.get(1).score());
        assertEquals(FindingLevel.INFO, findings.get(1).level());
        assertEquals("CI gate: mailbox.wait{process=\"guild\"} max < 1s for {mailbox=\"guild\"} was inconclusive "
                + "(only 3 events; min_events is 10: record longer or lower min_events).", findings.get(1).statement());
    }

    @Test
    void whenEverythingPassesOneQuietFindingSaysSo() throws RulesException {
        List<Finding> findings = findings("""
                thresholds:
                  mailbox.wait{mailbox="guild"}: [ "max < 1s", "count >= 3" ]
                """);
        assertEquals(1, findings.size());
        assertEquals(0, findings.get(0).score());
        assertEquals("CI gate: all 2 conditions passed.", findings.get(0).statement());
    }

    @Test
    void withoutRulesThereIsNoFinding() {
        Recording recording = guild();
        FindingInputs inputs = new FindingInputs(SummaryAnalyzer.summarize("test", recording), Optional.empty(),
                Optional.empty(), List.of(), recording.pauses(), Optional.empty());
        assertEquals(List.of(), new CheckVerdictRule().evaluate(inputs));
    }
}

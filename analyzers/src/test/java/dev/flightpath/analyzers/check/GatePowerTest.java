package dev.flightpath.analyzers.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.MessageTable;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.RecordingInfo;
import dev.flightpath.model.SampleTable;
import dev.flightpath.model.SchedulingInterval;
import dev.flightpath.model.SchedulingTable;
import dev.flightpath.model.StackTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The CI gate's power and false-positive rate at default settings, from a fixed-seed simulation of
 * autocorrelated latency: pairs of 2-second recordings with 200 waits each (one every 10 ms), whose
 * log-latency is an AR(1) series (lag-one correlation 0.8, log-sd 0.5, median 5 ms), the current one
 * scaled by a factor; the rule is {@code latency: p(99) <= baseline} with no settings (window chosen
 * from the recordings: 2 s / 50 = 40 ms). Prints the README's table; run it alone with
 * {@code mvn -q -o test -pl analyzers -am -Dtest=GatePowerTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GatePowerTest {
    private static final long MS = 1_000_000L;
    private static final long START = 1_700_000_000_000_000_000L;
    static final int EVENTS = 200;
    static final int PAIRS = 200;
    static final double CORRELATION = 0.8;
    static final double LOG_SD = 0.5;
    private static final long SEED = 20261203L;

    /** The share of simulated pairs that FAIL with the current recording's latency scaled by {@code factor}. */
    static double failRate(double factor, RuleSet rules, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int failures = 0;
        for (int pair = 0; pair < PAIRS; pair++) {
            Recording baseline = recording(random, 1.0);
            Recording current = recording(random, factor);
            if (CheckAnalyzer.evaluate(rules, current, baseline).overall() == Verdict.FAIL) {
                failures++;
            }
        }
        return failures / (double) PAIRS;
    }

    private static Recording recording(SplittableRandom random, double factor) {
        SchedulingTable.Builder scheduling = new SchedulingTable.Builder();
        double x = random.nextGaussian();
        for (int i = 0; i < EVENTS; i++) {
            x = CORRELATION * x + Math.sqrt(1 - CORRELATION * CORRELATION) * random.nextGaussian();
            long latency = Math.round(factor * 5 * MS * Math.exp(LOG_SD * x));
            long runnable = START + i * 10 * MS;
            scheduling.add(new SchedulingInterval(0, -1, runnable, runnable + latency, runnable + latency + MS));
        }
        RecordingInfo info = new RecordingInfo(InputFormat.JFR, "2.1", "simulation", "", START, EVENTS * 10 * MS, 1, false);
        return new Recording(info, Map.of(), List.of(new ProcessInfo(0, "1", "worker", ProcessKind.THREAD, "")), List.of(),
                MessageTable.empty(), scheduling.build(), StackTable.empty(), SampleTable.empty(), 0, List.of());
    }

    @Test
    void twiceAsSlowFailsAndTheSameWorkloadRarelyDoes() throws RulesException {
        RuleSet rules = RulesParser.parse("thresholds:\n  latency:\n    - p(99) <= baseline\n");
        StringBuilder table = new StringBuilder("| current / baseline | share of pairs that FAIL |\n| ---: | ---: |\n");
        double[] factors = {1.0, 1.2, 1.5, 2.0};
        double[] rates = new double[factors.length];
        for (int i = 0; i < factors.length; i++) {
            rates[i] = failRate(factors[i], rules, SEED + i);
            table.append(String.format(Locale.ROOT, "| %s | %.1f%% |%n", factors[i] == 1.0 ? "1.0 (A/A)" : factors[i] + "×",
                    100 * rates[i]));
        }
        System.out.print(table);
        // The false-positive rate is at most alpha (0.05) plus three binomial standard errors over 200 pairs.
        assertTrue(rates[0] <= 0.05 + 3 * Math.sqrt(0.05 * 0.95 / PAIRS), "A/A: " + rates[0]);
        assertTrue(rates[3] >= 0.95, "2x: " + rates[3]);
        assertTrue(rates[1] <= rates[2] && rates[2] <= rates[3], table.toString());
    }
}

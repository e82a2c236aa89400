package dev.flightpath.testkit;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests skipped for want of the shared corpus and says so in one line when the test plan
 * ends, instead of leaving it to the per-class "skipped" counts.
 *
 * <p>A corpus test skips through a JUnit assumption whose message mentions the corpus (every corpus
 * helper in the project words it so); the listener recognises it by that word.
 */
public final class CorpusSkipSummary implements TestExecutionListener {
    private final PrintStream out;
    private final Set<String> skippedClasses = new TreeSet<>();
    private int skippedTests;
    private String corpusLocation = "";
    private TestPlan plan;

    public CorpusSkipSummary() {
        this(System.out);
    }

    CorpusSkipSummary(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skippedClasses.clear();
        skippedTests = 0;
        String property = System.getProperty("flightpath.corpus");
        corpusLocation = property == null ? "(flightpath.corpus not set)" : property;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse(""));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skippedTests > 0) {
            out.println(line());
            out.flush();
        }
    }

    /** The summary line, or "" when no test was skipped for want of the corpus. */
    String line() {
        if (skippedTests == 0) {
            return "";
        }
        return String.format(Locale.ROOT,
                "[corpus] %d test%s skipped: the shared corpus of real recordings is not at %s (%s)",
                skippedTests, skippedTests == 1 ? "" : "s", corpusLocation, String.join(", ", skippedClasses));
    }

    private void record(TestIdentifier test, String reason) {
        if (reason == null || !reason.toLowerCase(Locale.ROOT).contains("corpus")) {
            return;
        }
        if (test.isTest()) {
            skippedTests++;
        } else if (plan != null) {
            // A whole class skipped in @BeforeAll: its tests never start, so count them here.
            skippedTests += (int) plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count();
        }
        className(test).ifPresent(skippedClasses::add);
    }

    private static Optional<String> className(TestIdentifier test) {
        return test.getSource().flatMap(source -> {
            if (source instanceof MethodSource) {
                return Optional.of(simpleName(((MethodSource) source).getClassName()));
            }
            if (source instanceof ClassSource) {
                return Optional.of(simpleName(((ClassSource) source).getClassName()));
            }
            return Optional.empty();
        });
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}

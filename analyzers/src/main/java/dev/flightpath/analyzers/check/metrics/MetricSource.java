package dev.flightpath.analyzers.check.metrics;

import dev.flightpath.model.Recording;
import java.util.List;
import java.util.Set;

/**
 * One metric the CI gate can check: its name, labels and unit, and how to read its observations
 * from a recording. Adding a metric is one class and one line in {@link Metrics}.
 */
public interface MetricSource {
    String name();

    /** The labels its groups have; a rule may match on these only. */
    Set<String> labels();

    MetricUnit unit();

    /**
     * The labels a rule's groups are split by when the selector names no others: a rule is
     * evaluated per distinct value of these plus the labels its matchers name, and observations
     * that differ only in other labels are pooled.
     */
    Set<String> groupBy();

    /** True for a gauge (a level over time, weighted by how long it held): no {@code count}. */
    default boolean isGauge() {
        return false;
    }

    /** One line for the README's metric list. */
    String description();

    /**
     * The observations per group. {@code selectorValues} are the label values the rule asks for
     * (metrics whose groups are chosen by the rule, like {@code cpu.share{frame=...}}, use them).
     */
    List<MetricSeries> series(Recording recording, dev.flightpath.analyzers.check.rules.MetricSelector selector);

    /** The observations per group, with lock samples told apart by {@code waits} (where the metric has them). */
    default List<MetricSeries> series(Recording recording, dev.flightpath.analyzers.check.rules.MetricSelector selector,
            dev.flightpath.analyzers.latency.WaitClassifier waits) {
        return series(recording, selector);
    }
}

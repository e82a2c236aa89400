package dev.flightpath.reporters.report;

import dev.flightpath.analyzers.findings.Finding;
import dev.flightpath.analyzers.timeline.Timeline;
import java.util.List;
import java.util.Objects;

/**
 * Everything one HTML report shows.
 *
 * @param title          the page title
 * @param generator      what wrote it ("flightpath 0.1.0")
 * @param summaryJson    the recording's summary, as {@code summary --format json} writes it
 * @param coverage       what data the recording had and lacked
 * @param findings       ranked findings
 * @param timeline       the shared time axis and its per-window data
 * @param selectionFromNanos the initially selected range's start on the recording's clock
 *                       ({@code --from}), or {@link Long#MIN_VALUE}
 * @param selectionToNanos its end ({@code --to}), or {@link Long#MAX_VALUE}
 * @param sections       the sections, in page order
 */
public record ReportDocument(String title, String generator, String summaryJson, List<CoverageItem> coverage,
        List<Finding> findings, Timeline timeline, long selectionFromNanos, long selectionToNanos,
        List<ReportSection> sections) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(summaryJson, "summaryJson");
        coverage = List.copyOf(coverage);
        findings = List.copyOf(findings);
        Objects.requireNonNull(timeline, "timeline");
        sections = List.copyOf(sections);
    }
}

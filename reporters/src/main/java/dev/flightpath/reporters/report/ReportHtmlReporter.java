package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flightpath.analyzers.findings.Finding;
import dev.flightpath.analyzers.timeline.CpuLoadSeries;
import dev.flightpath.analyzers.timeline.GroupWaitSeries;
import dev.flightpath.analyzers.timeline.LogBuckets;
import dev.flightpath.analyzers.timeline.MailboxSeries;
import dev.flightpath.analyzers.timeline.SampleSeries;
import dev.flightpath.analyzers.timeline.Timeline;
import dev.flightpath.analyzers.timeline.WaitSeries;
import dev.flightpath.analyzers.report.CoverageItem;
import dev.flightpath.analyzers.report.ReportAnalysis;
import dev.flightpath.reporters.flame.FlameHtmlReporter;
import dev.flightpath.reporters.summary.SummaryJsonReporter;
import dev.flightpath.reporters.web.WebPage;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The post-mortem report as one self-contained HTML page, written from the report's analysis: the
 * page ({@code web/report.html} with its script and style files, inlined by {@link WebPage}; no
 * network) with the report's data embedded as JSON in a {@code <script type="application/json"
 * id="report-data">} element, the flame graph viewer once ({@code flame-viewer}: the viewer page
 * as {@code before} and {@code after} its data, or null without graphs) and each flame graph's data
 * in its own element ({@code flame-graph-N}), from which the page makes each graph's frame.
 *
 * <p>The data: {@code title}, {@code generator}, {@code summary} (exactly {@code summary --format
 * json}), {@code coverage}, {@code findings} (times as nanoseconds from the recording start),
 * {@code selection}, {@code timeline} (per-window arrays; histograms as triples window, bucket,
 * count of {@link LogBuckets}; {@code groupWaits} the same per latency group of the latency section,
 * with exact {@code max} and {@code total} per window; {@code cpuLoad} the mean JVM and machine
 * CPU load per window as fractions to 4 decimals, null for a window without a reading, or null
 * when the recording has no readings) and {@code sections} ({@code id}, {@code title}, {@code renderer},
 * {@code empty} reason or null, {@code data}).
 */
public final class ReportHtmlReporter {
    static final String TEMPLATE = "report.html";
    static final String TITLE_PLACEHOLDER = "<!--REPORT_TITLE-->";
    static final String VIEWER_PLACEHOLDER = "/*FLAME_VIEWER*/";
    static final String GRAPHS_PLACEHOLDER = "<!--FLAME_GRAPHS-->";
    static final String DATA_PLACEHOLDER = "/*REPORT_DATA*/";

    /**
     * Writes the page.
     *
     * @param title     the page's title
     * @param generator what writes it ("flightpath 0.1.0")
     */
    public void write(ReportAnalysis analysis, String title, String generator, Writer out) throws IOException {
        ReportSections sections = new ReportSections(analysis);
        WebPage.fill(WebPage.assemble(TEMPLATE), out,
                new WebPage.Slot(TITLE_PLACEHOLDER, text -> text.write(WebPage.htmlText(title))),
                new WebPage.Slot(VIEWER_PLACEHOLDER, text -> viewer(sections.hasGraphs(), text)),
                new WebPage.Slot(GRAPHS_PLACEHOLDER, sections::writeGraphs),
                new WebPage.Slot(DATA_PLACEHOLDER, text -> {
                    try (JsonGenerator json = WebPage.dataGenerator(text)) {
                        data(analysis, title, generator, sections.sections(), json);
                    }
                }));
    }

    /** The report's sections, in page order, as the page shows them (without writing it). */
    public static List<ReportSection> sections(ReportAnalysis analysis) {
        return new ReportSections(analysis).sections();
    }

    /** The flame viewer page around its data, once for all graphs: {@code {"before", "after"}}, or null. */
    private static void viewer(boolean any, Writer out) throws IOException {
        try (JsonGenerator json = WebPage.dataGenerator(out)) {
            if (!any) {
                json.writeNull();
                return;
            }
            String page = FlameHtmlReporter.viewerPage();
            int at = page.indexOf(FlameHtmlReporter.PLACEHOLDER);
            json.writeStartObject();
            json.writeStringField("before", page.substring(0, at));
            json.writeStringField("after", page.substring(at + FlameHtmlReporter.PLACEHOLDER.length()));
            json.writeEndObject();
        }
    }

    /** The embedded data document. */
    static void data(ReportAnalysis analysis, String title, String generator, List<ReportSection> sections,
            JsonGenerator json) throws IOException {
        Timeline timeline = analysis.timeline();
        json.writeStartObject();
        json.writeStringField("title", title);
        json.writeStringField("generator", generator);
        json.writeFieldName("summary");
        new SummaryJsonReporter().write(analysis.summary(), json);
        json.writeArrayFieldStart("coverage");
        for (CoverageItem item : analysis.coverage()) {
            json.writeStartObject();
            json.writeStringField("what", item.what());
            json.writeNumberField("count", item.count());
            json.writeBooleanField("present", item.present());
            json.writeStringField("note", item.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        long start = timeline.startNanos();
        json.writeArrayFieldStart("findings");
        for (Finding finding : analysis.findings()) {
            json.writeStartObject();
            json.writeStringField("rule", finding.rule());
            json.writeNumberField("score", finding.score());
            json.writeStringField("level", finding.level().name().toLowerCase(Locale.ROOT));
            json.writeStringField("statement", finding.statement());
            json.writeArrayFieldStart("evidence");
            for (String line : finding.evidence()) {
                json.writeString(line);
            }
            json.writeEndArray();
            json.writeStringField("section", finding.section());
            if (finding.hasTime()) {
                long duration = timeline.endNanos() - start;
                json.writeNumberField("from", offset(finding.fromNanos(), start, duration));
                json.writeNumberField("to", offset(finding.toNanos(), start, duration));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (analysis.selectionFromNanos() != Long.MIN_VALUE || analysis.selectionToNanos() != Long.MAX_VALUE) {
            json.writeObjectFieldStart("selection");
            json.writeNumberField("from", Math.max(0, analysis.selectionFromNanos() == Long.MIN_VALUE ? 0
                    : analysis.selectionFromNanos() - start));
            json.writeNumberField("to", analysis.selectionToNanos() == Long.MAX_VALUE
                    ? timeline.endNanos() - start : analysis.selectionToNanos() - start);
            json.writeEndObject();
        }
        timeline(json, timeline);
        json.writeArrayFieldStart("sections");
        for (ReportSection section : sections) {
            json.writeStartObject();
            json.writeStringField("id", section.id());
            json.writeStringField("title", section.title());
            json.writeStringField("renderer", section.renderer());
            if (section.emptyReason().isPresent()) {
                json.writeStringField("empty", section.emptyReason().get());
            } else {
                json.writeNullField("empty");
            }
            json.writeFieldName("data");
            section.writeData(json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A time as nanoseconds from the start, clamped to the recording (and safe from overflow). */
    static long offset(long nanos, long start, long duration) {
        if (nanos <= start) {
            return 0;
        }
        long offset = nanos - start;
        return offset < 0 ? duration : Math.min(duration, offset);
    }

    private static void timeline(JsonGenerator json, Timeline timeline) throws IOException {
        json.writeObjectFieldStart("timeline");
        json.writeNumberField("startNanos", timeline.startNanos());
        json.writeNumberField("durationNanos", timeline.endNanos() - timeline.startNanos());
        json.writeNumberField("windowNanos", timeline.windowNanos());
        json.writeNumberField("windows", timeline.windows());
        json.writeNumberField("bucketsPerDecade", LogBuckets.PER_DECADE);
        json.writeArrayFieldStart("mailboxes");
        for (MailboxSeries series : timeline.mailboxes()) {
            json.writeStartObject();
            json.writeStringField("mailbox", series.mailbox());
            json.writeNumberField("processId", series.processId());
            longs(json, "maxDepth", series.maxDepth());
            longs(json, "enqueued", series.enqueued());
            longs(json, "dequeued", series.dequeued());
            longs(json, "waitCells", series.waits().cells());
            longs(json, "waitMax", series.waits().maxNanos());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("waits");
        for (WaitSeries series : timeline.waits()) {
            json.writeStartObject();
            json.writeStringField("name", series.name());
            longs(json, "cells", series.waits().cells());
            longs(json, "max", series.waits().maxNanos());
            longs(json, "count", series.waits().countsPerWindow());
            long[] p99 = new long[timeline.windows()];
            for (int w = 0; w < p99.length; w++) {
                p99[w] = series.waits().percentileNanos(w, 99);
            }
            longs(json, "p99", p99);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("groupWaits");
        for (GroupWaitSeries series : timeline.groupWaits()) {
            json.writeStartObject();
            json.writeStringField("group", series.group());
            json.writeStringField("category", series.category().cliName());
            longs(json, "cells", series.waits().cells());
            longs(json, "max", series.waits().maxNanos());
            longs(json, "total", series.waits().totalNanos());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (timeline.cpuLoad().isPresent()) {
            CpuLoadSeries load = timeline.cpuLoad().get();
            json.writeObjectFieldStart("cpuLoad");
            fractions(json, "jvm", load.jvm());
            fractions(json, "machine", load.machine());
            json.writeEndObject();
        } else {
            json.writeNullField("cpuLoad");
        }
        json.writeArrayFieldStart("samples");
        for (SampleSeries series : timeline.samples()) {
            json.writeStartObject();
            json.writeStringField("kind", series.kind().cliName());
            longs(json, "counts", series.counts());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void longs(JsonGenerator json, String field, long[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (long value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }

    /** Fractions to 4 decimals (0.01 percentage points); NaN as null. */
    private static void fractions(JsonGenerator json, String field, double[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (double value : values) {
            if (Double.isNaN(value)) {
                json.writeNull();
            } else {
                json.writeNumber(Math.round(value * 10_000) / 10_000.0);
            }
        }
        json.writeEndArray();
    }
}

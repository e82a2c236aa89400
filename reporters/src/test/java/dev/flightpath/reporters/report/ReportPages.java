package dev.flightpath.reporters.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.analyzers.report.ReportAnalysis;
import dev.flightpath.analyzers.report.ReportAnalyzer;
import dev.flightpath.analyzers.report.ReportOptions;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.TestInputs;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Report pages of real recordings, as {@code flightpath report} writes them, and their embedded data
 * read back (also by cli's tests, through this module's test jar).
 */
public final class ReportPages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPages() {
    }

    /**
     * Writes the report of a recording, as {@code report FILE [--baseline BASE] [--rules RULES]} does.
     *
     * @param baseline null for none
     * @param rules    null for none
     */
    public static Path write(Path recordingFile, Path html, Path baseline, Path rules) throws IOException {
        Recording recording = TestInputs.load(recordingFile);
        ReportOptions options = ReportOptions.of(recordingFile, Long.MIN_VALUE, Long.MAX_VALUE);
        if (baseline != null) {
            options = options.withBaseline(baseline, TestInputs.load(baseline));
        }
        if (rules != null) {
            try {
                options = options.withRules(rules, RulesParser.parse(Files.readString(rules, StandardCharsets.UTF_8)));
            } catch (RulesException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        ReportAnalysis analysis = ReportAnalyzer.analyze(recording, options);
        Files.createDirectories(html.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new ReportHtmlReporter().write(analysis, "Report: " + recordingFile.getFileName(), "flightpath test", out);
        }
        return html;
    }

    /** The report's data ({@code report-data}). */
    public static JsonNode data(Path html) throws IOException {
        return JSON.readTree(element(Files.readString(html, StandardCharsets.UTF_8), "report-data"));
    }

    /** The text of the page's {@code <script type="application/json">} element with that id. */
    public static String element(String page, String id) {
        String open = "<script type=\"application/json\" id=\"" + id + "\">";
        int start = page.indexOf(open);
        if (start < 0) {
            throw new AssertionError("no element " + id);
        }
        start += open.length();
        return page.substring(start, page.indexOf("</script>", start));
    }

    public static JsonNode section(JsonNode data, String id) {
        for (JsonNode section : data.get("sections")) {
            if (section.get("id").asText().equals(id)) {
                return section;
            }
        }
        throw new AssertionError("no section " + id);
    }
}

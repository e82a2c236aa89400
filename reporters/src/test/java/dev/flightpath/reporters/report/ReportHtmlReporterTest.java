package dev.flightpath.reporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flightpath.analyzers.findings.Finding;
import dev.flightpath.analyzers.mailbox.MailboxAnalyzer;
import dev.flightpath.analyzers.mailbox.MailboxOptions;
import dev.flightpath.analyzers.mailbox.MailboxReport;
import dev.flightpath.analyzers.report.FlameGraphs;
import dev.flightpath.analyzers.report.ReportAnalysis;
import dev.flightpath.analyzers.report.ReportAnalyzer;
import dev.flightpath.analyzers.report.ReportOptions;
import dev.flightpath.analyzers.summary.SummaryAnalyzer;
import dev.flightpath.analyzers.timeline.Timeline;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.GoldenRecordings;
import dev.flightpath.reporters.mailbox.MailboxJsonReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportHtmlReporterTest {
    private static final String OPEN = "<script type=\"application/json\" id=\"report-data\">";

    /** An analysis of the mailbox recording with one given finding, on a timeline from 1,000 to 2,000 ns. */
    private static ReportAnalysis analysis(Path file, Finding finding, Optional<MailboxReport> mailboxes) {
        Recording recording = GoldenRecordings.mailboxes();
        Timeline timeline = new Timeline(1_000, 2_000, 100, 10, List.of(), List.of(), List.of());
        return new ReportAnalysis(file, SummaryAnalyzer.summarize(file.toString(), recording), List.of(),
                List.of(finding), timeline, Long.MIN_VALUE, Long.MAX_VALUE, mailboxes, Optional.empty(),
                new FlameGraphs(List.of(), List.of(), 0, List.of()), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void textThatLooksLikeMarkupCannotBreakOutOfTheDataOrTitle() throws IOException {
        Finding finding = new Finding("r", 80, "Mailbox </script><b>x</b> & \u2028 peaked", List.of("<!-- e -->"),
                "mailboxes", 1_100, 1_300);
        String page = write(analysis(Path.of("x</script>.jfr"), finding, Optional.empty()), "Report: </title><i>");
        assertFalse(page.contains("</script><b>"));
        assertFalse(page.contains("x</script>.jfr"));
        assertFalse(page.contains("<!-- e -->"));
        assertTrue(page.contains("<title>Report: &lt;/title&gt;&lt;i&gt;</title>"));
        JsonNode data = data(page);
        assertEquals("Mailbox </script><b>x</b> & \u2028 peaked", data.get("findings").get(0).get("statement").asText());
        assertEquals("warning", data.get("findings").get(0).get("level").asText());
        assertEquals(100, data.get("findings").get(0).get("from").asLong(), "times from the recording start");
        assertEquals(300, data.get("findings").get(0).get("to").asLong());
        assertEquals("mailboxes", data.get("sections").get(0).get("id").asText());
        assertEquals("placeholder", data.get("sections").get(0).get("renderer").asText());
        assertTrue(data.get("sections").get(0).get("data").isNull());
        assertEquals("x</script>.jfr", data.get("summary").get("file").asText());
    }

    @Test
    void timesOutsideTheRecordingAreClamped() throws IOException {
        Finding finding = new Finding("r", 10, "s", List.of(), "header", Long.MIN_VALUE + 1, 5_000);
        JsonNode data = data(write(analysis(Path.of("a.jfr"), finding, Optional.empty()), "t"));
        assertEquals(0, data.get("findings").get(0).get("from").asLong());
        assertEquals(1_000, data.get("findings").get(0).get("to").asLong());
    }

    @Test
    void commandSectionsHoldTheCommandsJson() throws IOException {
        Finding finding = Finding.whole("r", 0, "s", List.of(), "m");
        MailboxReport mailboxes = MailboxAnalyzer.analyze(GoldenRecordings.mailboxes(), MailboxOptions.defaults());
        JsonNode data = data(write(analysis(Path.of("a.jfr"), finding, Optional.of(mailboxes)), "t"));
        StringWriter json = new StringWriter();
        new MailboxJsonReporter().write(mailboxes, json);
        assertEquals(new ObjectMapper().readTree(json.toString()), data.get("sections").get(0).get("data"));
        assertFalse(data.get("findings").get(0).has("from"));
    }

    @Test
    void theViewerIsEmbeddedOnceAndEachGraphHasItsData() throws IOException {
        // The mailbox recording has two spans, so a graph of critical-path time.
        ReportAnalysis analysis = ReportAnalyzer.analyze(GoldenRecordings.mailboxes(),
                ReportOptions.of(Path.of("spans.json"), Long.MIN_VALUE, Long.MAX_VALUE));
        String page = write(analysis, "t");
        assertEquals(1, page.split("window.flamegraph", -1).length - 1, "the flame viewer's code once");
        JsonNode graph = data(page).get("sections").get(2).get("data").get("graphs").get(0);
        assertEquals("span", graph.get("kind").asText());
        JsonNode graphData = new ObjectMapper().readTree(element(page, graph.get("data").asText()));
        assertEquals(analysis.flames().graphs().get(0).tree().totalWeight(), graphData.get("total").get(0).asLong());
        assertTrue(graph.get("windowStep").asInt() >= 1, "a graph the timeline narrows");
    }

    private static String write(ReportAnalysis analysis, String title) throws IOException {
        StringWriter out = new StringWriter();
        new ReportHtmlReporter().write(analysis, title, "flightpath test", out);
        return out.toString();
    }

    private static String element(String page, String id) {
        String open = "<script type=\"application/json\" id=\"" + id + "\">";
        int start = page.indexOf(open) + open.length();
        return page.substring(start, page.indexOf("</script>", start));
    }

    private static JsonNode data(String page) throws IOException {
        int start = page.indexOf(OPEN) + OPEN.length();
        return new ObjectMapper().readTree(page.substring(start, page.indexOf("</script>", start)));
    }
}

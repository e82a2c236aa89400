package dev.flightpath.reporters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flightpath.analyzers.findings.Finding;
import dev.flightpath.analyzers.timeline.Timeline;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportHtmlReporterTest {
    private static final String OPEN = "<script type=\"application/json\" id=\"report-data\">";

    private static ReportDocument document(String title, Finding finding, ReportSection section) {
        Timeline timeline = new Timeline(1_000, 2_000, 100, 10, List.of(), List.of(), List.of());
        return new ReportDocument(title, "flightpath test", "{\"file\":\"x\"}", List.of(), List.of(finding), timeline,
                Long.MIN_VALUE, Long.MAX_VALUE, List.of(section));
    }

    @Test
    void textThatLooksLikeMarkupCannotBreakOutOfTheDataOrTitle() throws IOException {
        Finding finding = new Finding("r", 80, "Mailbox </script><b>x</b> & \u2028 peaked", List.of("<!-- e -->"),
                "mailboxes", 1_100, 1_300);
        String page = write(document("Report: </title><i>", finding,
                new PlaceholderSection("mailboxes", "Mailboxes", "none </script>")));
        assertFalse(page.contains("</script><b>"));
        assertFalse(page.contains("<!-- e -->"));
        assertTrue(page.contains("<title>Report: &lt;/title&gt;&lt;i&gt;</title>"));
        JsonNode data = data(page);
        assertEquals("Mailbox </script><b>x</b> & \u2028 peaked", data.get("findings").get(0).get("statement").asText());
        assertEquals("warning", data.get("findings").get(0).get("level").asText());
        assertEquals(100, data.get("findings").get(0).get("from").asLong(), "times from the recording start");
        assertEquals(300, data.get("findings").get(0).get("to").asLong());
        assertEquals("none </script>", data.get("sections").get(0).get("empty").asText());
        assertEquals("placeholder", data.get("sections").get(0).get("renderer").asText());
        assertTrue(data.get("sections").get(0).get("data").isNull());
        assertEquals("x", data.get("summary").get("file").asText());
    }

    @Test
    void timesOutsideTheRecordingAreClamped() throws IOException {
        Finding finding = new Finding("r", 10, "s", List.of(), "header", Long.MIN_VALUE + 1, 5_000);
        JsonNode data = data(write(document("t", finding, new PlaceholderSection("a", "A", "why"))));
        assertEquals(0, data.get("findings").get(0).get("from").asLong());
        assertEquals(1_000, data.get("findings").get(0).get("to").asLong());
    }

    @Test
    void rawSectionsKeepTheCommandsJson() throws IOException {
        Finding finding = Finding.whole("r", 0, "s", List.of(), "m");
        String json = "{\n  \"mailboxes\": [\n    {\"mailbox\": \"a<b\", \"maxDepth\": 7}\n  ]\n}\n";
        JsonNode data = data(write(document("t", finding, new RawJsonSection("m", "M", "mailboxes", json))));
        assertEquals(new ObjectMapper().readTree(json), data.get("sections").get(0).get("data"));
        assertFalse(data.get("findings").get(0).has("from"));
    }

    private static String write(ReportDocument document) throws IOException {
        StringWriter out = new StringWriter();
        new ReportHtmlReporter().write(document, out);
        return out.toString();
    }

    private static JsonNode data(String page) throws IOException {
        int start = page.indexOf(OPEN) + OPEN.length();
        return new ObjectMapper().readTree(page.substring(start, page.indexOf("</script>", start)));
    }
}

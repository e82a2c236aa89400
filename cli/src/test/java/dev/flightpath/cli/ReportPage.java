package dev.flightpath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The data a report page embeds, read back from the HTML file. */
final class ReportPage {
    private static final String OPEN = "<script type=\"application/json\" id=\"report-data\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPage() {
    }

    static JsonNode data(Path html) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int start = page.indexOf(OPEN);
        if (start < 0) {
            throw new AssertionError("no report-data element in " + html);
        }
        start += OPEN.length();
        int end = page.indexOf("</script>", start);
        return JSON.readTree(page.substring(start, end));
    }

    static JsonNode section(JsonNode data, String id) {
        for (JsonNode section : data.get("sections")) {
            if (section.get("id").asText().equals(id)) {
                return section;
            }
        }
        throw new AssertionError("no section " + id);
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }
}

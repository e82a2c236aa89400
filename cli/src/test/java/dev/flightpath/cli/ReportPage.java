package dev.flightpath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The data a report page embeds, read back from the HTML file. */
final class ReportPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPage() {
    }

    static JsonNode data(Path html) throws IOException {
        return JSON.readTree(element(Files.readString(html, StandardCharsets.UTF_8), "report-data"));
    }

    /** The text of the page's {@code <script type="application/json">} element with that id. */
    static String element(String page, String id) {
        String open = "<script type=\"application/json\" id=\"" + id + "\">";
        int start = page.indexOf(open);
        if (start < 0) {
            throw new AssertionError("no element " + id);
        }
        start += open.length();
        return page.substring(start, page.indexOf("</script>", start));
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

package dev.flightpath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flightpath.reporters.report.ReportPages;
import java.io.IOException;
import java.nio.file.Path;

/** The data a report page embeds, read back from the HTML file (by the reporters' {@link ReportPages}). */
final class ReportPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPage() {
    }

    static JsonNode data(Path html) throws IOException {
        return ReportPages.data(html);
    }

    /** The text of the page's {@code <script type="application/json">} element with that id. */
    static String element(String page, String id) {
        return ReportPages.element(page, id);
    }

    static JsonNode section(JsonNode data, String id) {
        return ReportPages.section(data, id);
    }

    /** A command's JSON output. */
    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }
}

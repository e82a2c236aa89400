package dev.flightpath.reporters.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;

/**
 * One section of the HTML report. The page draws a section with the JavaScript renderer its
 * {@link #renderer()} names, from the JSON its {@link #writeData} writes; a section without data
 * shows its {@link #emptyReason()} instead. New analyses (critical paths, CI verdicts) plug in
 * as new sections with a renderer in {@code web/report.js}.
 */
public interface ReportSection {
    /** The section's anchor in the page, also what findings link to: {@code mailboxes}. */
    String id();

    /** Its heading. */
    String title();

    /** The name of the page's renderer for it. */
    String renderer();

    /** Why the section has nothing to show, in a sentence that says how to get data; empty when it has data. */
    Optional<String> emptyReason();

    /** Writes the section's data as one JSON value (null when it has none). */
    void writeData(JsonGenerator json) throws IOException;
}

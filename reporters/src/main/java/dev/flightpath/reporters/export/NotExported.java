package dev.flightpath.reporters.export;

import dev.flightpath.model.DataKind;
import dev.flightpath.model.Recording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lines of an {@link ExportResult#dropped()} for the kinds of data a target cannot hold at all. */
final class NotExported {
    private NotExported() {
    }

    /** One line per kind the recording has and {@code held} lacks: "1,204 messages (pprof holds stack samples only)". */
    static List<String> lines(Recording recording, Set<DataKind> held, String why) {
        List<String> lines = new ArrayList<>();
        add(lines, held, DataKind.SAMPLES, recording.samples().size(), "stack samples", why);
        add(lines, held, DataKind.SPANS, recording.spans().size(), "spans", why);
        add(lines, held, DataKind.MESSAGES, recording.messages().size(), "messages", why);
        add(lines, held, DataKind.SCHEDULING, recording.scheduling().size(), "scheduling intervals", why);
        add(lines, held, DataKind.PAUSES, recording.pauses().size(), "runtime pauses", why);
        add(lines, held, DataKind.CPU_LOAD, recording.cpuLoad().size(), "CPU load readings", why);
        return lines;
    }

    private static void add(List<String> lines, Set<DataKind> held, DataKind kind, long count, String what,
            String why) {
        if (count > 0 && !held.contains(kind)) {
            lines.add(count(count) + " " + what + " (" + why + ")");
        }
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}

package dev.flightpath.loaders;

import dev.flightpath.model.LinkKind;
import dev.flightpath.model.LoadWarning;
import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import dev.flightpath.model.SpanKind;
import dev.flightpath.model.SpanStatus;
import java.util.Locale;

/** Counts over a loaded recording that tests compare with the corpus manifest. */
public final class RecordingStats {
    private final Recording recording;

    public RecordingStats(Recording recording) {
        this.recording = recording;
    }

    public long roots() {
        return recording.spans().stream().filter(Span::isRoot).count();
    }

    public long withParent() {
        return recording.spans().size() - roots();
    }

    public long processes(ProcessKind kind) {
        return recording.processes().stream().filter(p -> p.kind() == kind).count();
    }

    /** Services other than the {@code unknown_service} stand-in. */
    public long namedServices() {
        return recording.processes().stream()
                .filter(p -> p.kind() == ProcessKind.SERVICE && !p.name().equals("unknown_service"))
                .map(ProcessInfo::name).distinct().count();
    }

    public long links(LinkKind kind) {
        return recording.spans().stream().flatMap(s -> s.links().stream()).filter(l -> l.kind() == kind).count();
    }

    public long kind(SpanKind kind) {
        return recording.spans().stream().filter(s -> s.kind() == kind).count();
    }

    public long status(SpanStatus status) {
        return recording.spans().stream().filter(s -> s.status() == status).count();
    }

    /** "server/client/producer/consumer/internal/unspecified" span counts. */
    public String kinds() {
        return String.format(Locale.ROOT, "%d/%d/%d/%d/%d/%d", kind(SpanKind.SERVER), kind(SpanKind.CLIENT),
                kind(SpanKind.PRODUCER), kind(SpanKind.CONSUMER), kind(SpanKind.INTERNAL), kind(SpanKind.UNSPECIFIED));
    }

    public long warnings(String code) {
        return recording.warnings().stream().filter(w -> w.code().equals(code)).mapToLong(LoadWarning::count).sum();
    }

    public long eventCount(String name) {
        return recording.eventCounts().getOrDefault(name, 0L);
    }
}

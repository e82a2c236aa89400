package dev.flightpath.loaders.speedscope;

import dev.flightpath.loaders.spans.JsonValues;
import dev.flightpath.loaders.spans.ProcessTable;
import dev.flightpath.loaders.spans.SpanDraft;
import dev.flightpath.loaders.spans.WarningLog;
import dev.flightpath.model.Frame;
import dev.flightpath.model.InputDataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One evented profile: open and close events of frames become spans of the profile's thread, each
 * the child of the frame open around it; every outermost frame starts a trace of its own. A close
 * that does not match the innermost open frame is skipped ({@code speedscope-unmatched-close}); a
 * frame still open at the end closes at the profile's {@code endValue}
 * ({@code speedscope-unclosed}). Times are the profile's values in nanoseconds.
 */
final class EventedProfileReader {
    private final Path file;
    private final String where;
    private final List<Frame> frames;
    private final ProcessTable processes;
    private final WarningLog warnings;

    EventedProfileReader(Path file, String where, List<Frame> frames, ProcessTable processes, WarningLog warnings) {
        this.file = file;
        this.where = where;
        this.frames = frames;
        this.processes = processes;
        this.warnings = warnings;
    }

    /** Adds the profile's spans to {@code drafts}; returns its number of events. */
    long read(Map<String, Object> profile, List<SpanDraft> drafts) throws InputDataException {
        String name = JsonValues.string(profile, "name");
        String thread = SpeedscopeLoader.baseName(name == null ? "" : name, "spans");
        String unit = JsonValues.string(profile, "unit");
        double nanosPerUnit = SpeedscopeUnits.nanosPer(unit);
        if (nanosPerUnit == 0) {
            warnings.add("speedscope-unit", where + " has unit " + unit + "; its values are taken as nanoseconds");
            nanosPerUnit = 1;
        }
        List<Object> events = JsonValues.array(profile, "events");
        if (events == null) {
            throw new InputDataException("invalid speedscope file", file, where + " has no 'events'");
        }
        int processId = SpeedscopeLoader.process(processes, thread);
        List<SpanDraft> open = new ArrayList<>();
        List<Long> openFrames = new ArrayList<>();
        int traces = 0;
        int spans = 0;
        String prefix = where.replace(' ', '-');
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> event = JsonValues.asObject(events.get(i));
            String type = event == null ? null : JsonValues.string(event, "type");
            Long frame = event == null ? null : JsonValues.integer(event, "frame");
            Double at = event == null ? null : JsonValues.number(event, "at");
            if (type == null || frame == null || at == null || frame < 0 || frame >= frames.size()) {
                throw new InputDataException("invalid speedscope file", file, where + " event " + i
                        + " needs a type, a frame index below " + frames.size() + " and a time");
            }
            long nanos = Math.round(at * nanosPerUnit);
            if (type.equals("O")) {
                if (open.isEmpty()) {
                    traces++;
                }
                spans++;
                String traceId = open.isEmpty() ? prefix + "-" + traces : open.get(0).traceId();
                SpanDraft draft = new SpanDraft().traceId(traceId).spanId(Integer.toString(spans))
                        .parentSpanId(open.isEmpty() ? "" : open.get(open.size() - 1).spanId())
                        .name(frames.get(frame.intValue()).name()).processId(processId).startNanos(nanos)
                        .endNanos(nanos).kind(SpeedscopeLoader.spanKind());
                open.add(draft);
                openFrames.add(frame);
                drafts.add(draft);
            } else if (type.equals("C")) {
                if (open.isEmpty() || openFrames.get(openFrames.size() - 1).longValue() != frame) {
                    warnings.add("speedscope-unmatched-close", where + " event " + i + " closes frame " + frame
                            + ", which is not the innermost open frame; skipped");
                    continue;
                }
                open.remove(open.size() - 1).endNanos(nanos);
                openFrames.remove(openFrames.size() - 1);
            } else {
                throw new InputDataException("invalid speedscope file", file, where + " event " + i + " has type "
                        + type + "; expected 'O' or 'C'");
            }
        }
        if (!open.isEmpty()) {
            Double end = JsonValues.number(profile, "endValue");
            warnings.add("speedscope-unclosed", where + " leaves " + open.size() + " frames open; closed at its end");
            for (SpanDraft draft : open) {
                draft.endNanos(end == null ? draft.startNanos() : Math.round(end * nanosPerUnit));
            }
        }
        return events.size();
    }
}

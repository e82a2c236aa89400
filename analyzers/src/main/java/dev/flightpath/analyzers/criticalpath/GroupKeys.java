package dev.flightpath.analyzers.criticalpath;

import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import dev.flightpath.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The name a span's critical-path time is added up under: its operation, process or service. */
final class GroupKeys {
    static final String SERVICE_ATTRIBUTE = "service.name";
    static final String UNKNOWN = "unknown";

    private final List<Span> spans;
    private final List<ProcessInfo> processes;
    private final GroupBy groupBy;
    private final Map<String, String> osProcessNames = new HashMap<>();

    GroupKeys(Recording recording, GroupBy groupBy) {
        this.spans = recording.spans();
        this.processes = recording.processes();
        this.groupBy = groupBy;
        for (ProcessInfo process : processes) {
            if (process.kind() == ProcessKind.OS_PROCESS) {
                osProcessNames.putIfAbsent(process.externalId(), process.name());
            }
        }
    }

    String key(int spanIndex) {
        Span span = spans.get(spanIndex);
        switch (groupBy) {
            case OPERATION:
                return span.name();
            case PROCESS:
                return processName(span);
            default:
                return service(span);
        }
    }

    String processName(Span span) {
        int id = span.processId();
        return id >= 0 && id < processes.size() ? processes.get(id).name() : UNKNOWN;
    }

    private String service(Span span) {
        Object attribute = span.attributes().get(SERVICE_ATTRIBUTE);
        if (attribute instanceof String && !((String) attribute).isEmpty()) {
            return (String) attribute;
        }
        int id = span.processId();
        if (id < 0 || id >= processes.size()) {
            return UNKNOWN;
        }
        ProcessInfo process = processes.get(id);
        if (process.kind() == ProcessKind.THREAD || process.kind() == ProcessKind.VIRTUAL_THREAD) {
            // Chrome threads are "pid/tid": the service is the OS process.
            int slash = process.externalId().indexOf('/');
            if (slash >= 0) {
                String name = osProcessNames.get(process.externalId().substring(0, slash));
                if (name != null) {
                    return name;
                }
            }
        }
        return process.name();
    }
}

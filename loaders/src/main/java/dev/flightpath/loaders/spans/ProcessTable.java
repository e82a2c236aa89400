package dev.flightpath.loaders.spans;

import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives each distinct (kind, external id) one {@link ProcessInfo} with a dense id. */
public final class ProcessTable {
    private final List<ProcessInfo> processes = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();

    /** The id of the process, added with {@code name} the first time it is seen. */
    public int intern(ProcessKind kind, String externalId, String name) {
        String key = kind.name() + '\u0000' + externalId;
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int newId = processes.size();
        processes.add(new ProcessInfo(newId, externalId, name, kind, ""));
        ids.put(key, newId);
        return newId;
    }

    /** Replaces the human name of a process (Chrome's thread_name metadata may come late). */
    public void rename(int id, String name) {
        ProcessInfo old = processes.get(id);
        processes.set(id, new ProcessInfo(id, old.externalId(), name, old.kind(), old.initialCall()));
    }

    public ProcessInfo get(int id) {
        return processes.get(id);
    }

    public int size() {
        return processes.size();
    }

    public List<ProcessInfo> toList() {
        return List.copyOf(processes);
    }
}

package dev.flightpath.loaders.beam;

import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The processes met in a trace, numbered densely in order of first appearance.
 *
 * <p>External ids are printed as Erlang prints pids: {@code <0.84.0>} for the traced node. The
 * traced node is the node of the first traced pid (a trace only reports local processes); pids
 * of other nodes get the node numbers 1, 2, … in order of appearance, because the real numbers
 * come from the node's distribution table, which is not in the file.
 */
final class ProcessRegistry {
    private final Map<Term.Pid, Integer> ids = new HashMap<>();
    private final List<Term.Pid> pids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> initialCalls = new ArrayList<>();
    private final Map<String, Integer> nodeNumbers = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private String localNode;

    int idOf(Term.Pid pid) {
        Integer id = ids.get(pid);
        if (id != null) {
            return id;
        }
        if (localNode == null) {
            localNode = pid.node();
        }
        nodeNumbers.putIfAbsent(pid.node(), nodeNumbers.size());
        int newId = pids.size();
        ids.put(pid, newId);
        pids.add(pid);
        names.add(null);
        initialCalls.add("");
        return newId;
    }

    /** The node of the traced processes, or null before the first pid. */
    String localNode() {
        return localNode;
    }

    /** Records a registered name; the first name a process had is the one it keeps. */
    void register(int id, String name) {
        byName.put(name, id);
        if (names.get(id) == null) {
            names.set(id, name);
        }
    }

    void unregister(String name) {
        byName.remove(name);
    }

    /** The process registered under {@code name} now, or -1. */
    int byName(String name) {
        Integer id = byName.get(name);
        return id == null ? -1 : id;
    }

    void setInitialCall(int id, String initialCall) {
        if (initialCalls.get(id).isEmpty()) {
            initialCalls.set(id, initialCall);
        }
    }

    /** The registered name, else the pid text. */
    String displayName(int id) {
        String name = names.get(id);
        return name != null ? name : externalId(id);
    }

    String externalId(int id) {
        Term.Pid pid = pids.get(id);
        int node = nodeNumbers.get(pid.node());
        return String.format(Locale.ROOT, "<%d.%d.%d>", node, pid.id(), pid.serial());
    }

    List<ProcessInfo> build() {
        List<ProcessInfo> infos = new ArrayList<>(pids.size());
        for (int id = 0; id < pids.size(); id++) {
            infos.add(new ProcessInfo(id, externalId(id), displayName(id), ProcessKind.BEAM_PROCESS, initialCalls.get(id)));
        }
        return infos;
    }
}

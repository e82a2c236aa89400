package dev.flightpath.reporters.export;

import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.ProcessKind;
import dev.flightpath.model.Recording;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives each track of the exported timeline its (pid, tid) and remembers their names for the
 * metadata events. Services and OS processes are processes of their own (pid = id + 2), their
 * span lanes threads 1, 2, …; threads, BEAM processes and actors are threads of one process
 * ({@code GROUP_PID}, named "threads" or "BEAM processes") with tid = id + 2. Extra lanes and
 * scheduling tracks get fresh tids. The runtime process (pauses, CPU load, samples of no thread)
 * comes last.
 */
final class ChromeTracks {
    static final int GROUP_PID = 1;

    /** A track: its process and thread ids. */
    record Track(int pid, int tid) {
    }

    private final Recording recording;
    private final Map<Integer, String> processNames = new LinkedHashMap<>();
    private final Map<Track, String> threadNames = new LinkedHashMap<>();
    private final Map<String, Track> tracks = new HashMap<>();
    private final int runtimePid;
    private int nextTid;

    ChromeTracks(Recording recording) {
        this.recording = recording;
        this.runtimePid = recording.processes().size() + 2;
        this.nextTid = recording.processes().size() + 2;
    }

    int runtimePid() {
        processNames.putIfAbsent(runtimePid, "runtime");
        return runtimePid;
    }

    /** The track of a runtime row: pauses of one kind, samples of no thread. */
    Track runtime(int tid, String name) {
        Track track = new Track(runtimePid(), tid);
        threadNames.putIfAbsent(track, name);
        return track;
    }

    /** The pid a process's counters go to. */
    int pidOf(int processId) {
        if (processId < 0) {
            return runtimePid();
        }
        return lane(processId, 0).pid();
    }

    /** The track of a process's span lane (lane 0 also carries its messages and samples). */
    Track lane(int processId, int lane) {
        String key = processId + "/" + lane;
        Track known = tracks.get(key);
        if (known != null) {
            return known;
        }
        Track track;
        if (processId < 0) {
            track = runtime(2 + lane, ProcessNames.UNKNOWN + suffix(lane));
        } else {
            ProcessInfo process = recording.processes().get(processId);
            String name = ProcessNames.name(recording, processId);
            if (ownProcess(process)) {
                int pid = processId + 2;
                processNames.putIfAbsent(pid, name);
                track = new Track(pid, lane + 1);
                threadNames.put(track, lane == 0 ? name : name + suffix(lane));
            } else {
                processNames.putIfAbsent(GROUP_PID, groupName());
                track = new Track(GROUP_PID, lane == 0 ? processId + 2 : nextTid++);
                threadNames.put(track, name + suffix(lane));
            }
        }
        tracks.put(key, track);
        return track;
    }

    /**
     * A track of a process's scheduling intervals, beside its lanes; a process that runs on several
     * threads at once (a pool) has several.
     */
    Track scheduling(int processId, int lane) {
        String key = processId + "/sched/" + lane;
        Track known = tracks.get(key);
        if (known != null) {
            return known;
        }
        Track track = new Track(lane(processId, 0).pid(), nextTid++);
        threadNames.put(track, ProcessNames.name(recording, processId) + " (scheduling"
                + (lane == 0 ? "" : " " + (lane + 1)) + ")");
        tracks.put(key, track);
        return track;
    }

    Map<Integer, String> processNames() {
        return processNames;
    }

    Map<Track, String> threadNames() {
        return threadNames;
    }

    private static boolean ownProcess(ProcessInfo process) {
        return process.kind() == ProcessKind.SERVICE || process.kind() == ProcessKind.OS_PROCESS;
    }

    private String groupName() {
        return recording.processes().stream().anyMatch(p -> p.kind() == ProcessKind.BEAM_PROCESS) ? "BEAM processes"
                : "threads";
    }

    private static String suffix(int lane) {
        return lane == 0 ? "" : " (lane " + (lane + 1) + ")";
    }
}

package dev.flightpath.reporters.export;

import dev.flightpath.model.ProcessInfo;
import dev.flightpath.model.Recording;

/** The name a target format shows for a process: its name, else its external id. */
final class ProcessNames {
    static final String UNKNOWN = "[unknown thread]";

    private ProcessNames() {
    }

    static String name(Recording recording, int processId) {
        if (processId < 0 || processId >= recording.processes().size()) {
            return UNKNOWN;
        }
        ProcessInfo process = recording.processes().get(processId);
        return process.name().isEmpty() ? process.externalId() : process.name();
    }
}

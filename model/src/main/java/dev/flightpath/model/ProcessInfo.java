package dev.flightpath.model;

import java.util.Objects;

/**
 * A unit of execution that sends, receives or runs: a thread, a BEAM process, a service.
 *
 * @param id          dense index into {@link Recording#processes()}; messages, spans, samples and
 *                    scheduling intervals refer to processes by this id
 * @param externalId  the source's own identifier: an OS thread id, a pid such as {@code <0.84.0>},
 *                    a service name
 * @param name        a human name: thread name, registered name, service name; never null
 * @param kind        what it is
 * @param initialCall for BEAM processes the initial call ({@code Elixir.Guild:init/1}), else empty
 */
public record ProcessInfo(int id, String externalId, String name, ProcessKind kind, String initialCall) {
    public ProcessInfo {
        if (id < 0) {
            throw new IllegalArgumentException("negative process id " + id);
        }
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(initialCall, "initialCall");
    }
}

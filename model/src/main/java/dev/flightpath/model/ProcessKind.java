package dev.flightpath.model;

/** What a {@link ProcessInfo} stands for in its source system. */
public enum ProcessKind {
    /** A platform (OS) thread of a JVM or native process. */
    THREAD,
    /** A JVM virtual thread. */
    VIRTUAL_THREAD,
    /** An operating-system process (Chrome trace pid, Zipkin/Jaeger host process). */
    OS_PROCESS,
    /** A traced service (OTLP resource, Jaeger process, Zipkin local endpoint). */
    SERVICE,
    /** An Erlang/Elixir process. */
    BEAM_PROCESS,
    /** An actor, executor or queue consumer known from recorder events. */
    ACTOR
}

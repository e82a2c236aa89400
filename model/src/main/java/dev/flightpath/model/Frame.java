package dev.flightpath.model;

import java.util.Objects;

/**
 * One stack frame.
 *
 * @param name       the fully qualified method, {@code com.acme.Parser.parse}, or a native symbol
 * @param type       how it ran
 * @param lineNumber the source line, or 0 when unknown
 */
public record Frame(String name, FrameType type, int lineNumber) {
    public Frame {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}

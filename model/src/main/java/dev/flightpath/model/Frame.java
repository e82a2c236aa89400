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

    // Written out: frames are hash keys on hot paths, and the generated record methods are slower.
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Frame)) {
            return false;
        }
        Frame frame = (Frame) other;
        return lineNumber == frame.lineNumber && type == frame.type && name.equals(frame.name);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + type.ordinal()) * 31 + lineNumber;
    }
}

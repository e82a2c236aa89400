package dev.flightpath.model;

import java.util.Objects;

/**
 * Something the loader met and handled rather than failed on: a truncated chunk, events of an
 * unknown type, orphan spans, a clock-skewed child. {@code summary} lists them.
 *
 * @param code    a stable kebab-case name for scripts ("truncated", "orphan-span")
 * @param message one line for people
 * @param count   how many times it happened
 */
public record LoadWarning(String code, String message, long count) {
    public LoadWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

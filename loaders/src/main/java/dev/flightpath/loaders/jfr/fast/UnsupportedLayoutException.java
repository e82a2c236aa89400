package dev.flightpath.loaders.jfr.fast;

/**
 * The fast reader met something it does not handle (a format version, an unexpected field layout,
 * bytes it cannot make sense of). Never a verdict on the file: the caller falls back to
 * {@code jdk.jfr.consumer}, which either reads the file or reports what is wrong with it.
 */
public final class UnsupportedLayoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsupportedLayoutException(String message) {
        super(message);
    }

    public UnsupportedLayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

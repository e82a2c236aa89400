package dev.flightpath.loaders.pprof;

/** The bytes are not a valid pprof profile; the message says where and why. */
final class PprofFormatException extends Exception {
    PprofFormatException(String message) {
        super(message);
    }
}

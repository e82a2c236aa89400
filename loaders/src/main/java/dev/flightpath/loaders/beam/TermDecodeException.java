package dev.flightpath.loaders.beam;

/**
 * A term could not be decoded. {@link #position()} is the index into the decoded buffer where
 * the problem was found, so the caller can turn it into a file offset.
 */
final class TermDecodeException extends Exception {
    private final int position;

    TermDecodeException(int position, String message) {
        super(message);
        this.position = position;
    }

    int position() {
        return position;
    }
}

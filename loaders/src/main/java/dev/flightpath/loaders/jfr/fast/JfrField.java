package dev.flightpath.loaders.jfr.fast;

/**
 * One field of a JFR type, as the chunk's metadata declares it.
 *
 * @param name         the field's name
 * @param typeId       the id of its type
 * @param constantPool whether the value is a constant-pool key rather than inline
 * @param array        whether it holds an array (a count, then the elements)
 */
record JfrField(String name, long typeId, boolean constantPool, boolean array) {
}

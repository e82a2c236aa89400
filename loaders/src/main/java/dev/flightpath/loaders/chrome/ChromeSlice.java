package dev.flightpath.loaders.chrome;

import dev.flightpath.loaders.spans.SpanDraft;

/**
 * A slice being built: its span draft, its position in file order (which is also its span id)
 * and whether it is a thread slice (B/E, X), nested by time on its thread, or an async one.
 */
record ChromeSlice(SpanDraft draft, int sequence, boolean onThread) {
}

package dev.flightpath.loaders.chrome;

import dev.flightpath.loaders.spans.SpanDraft;

/**
 * A slice being built: its span draft and its position in file order, which is also its span id
 * and breaks ties when slices are sorted by time.
 */
record ChromeSlice(SpanDraft draft, int sequence) {
}

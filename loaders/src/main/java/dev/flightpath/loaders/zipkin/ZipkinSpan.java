package dev.flightpath.loaders.zipkin;

import dev.flightpath.loaders.spans.SpanDraft;

/**
 * A Zipkin span while the file is read: the draft plus what the shared-span split needs.
 *
 * @param service the {@code localEndpoint.serviceName}, or null when the span has none
 * @param shared  the span has {@code shared: true} (a server half that reuses the client's id)
 */
record ZipkinSpan(SpanDraft draft, String service, boolean shared) {
}

/**
 * Zipkin v2 JSON ({@link dev.flightpath.model.InputFormat#ZIPKIN_JSON}): an array of spans, or
 * one bare span object. Zipkin v1 (annotations that carry their endpoint, binaryAnnotations, no
 * kind and no localEndpoint) is refused with an error that says so.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>{@code localEndpoint.serviceName} is a {@code SERVICE} process. A span without one takes
 *       the service of another span with its id, else of its parent, else {@code unknown_service}.
 *       {@code remoteEndpoint.serviceName} becomes the {@code peer.service} attribute.</li>
 *   <li>{@code timestamp} and {@code duration} are microseconds; a span without a timestamp starts
 *       at its earliest annotation, and without either it is skipped ({@code missing-field}). A
 *       missing duration is 0.</li>
 *   <li>Kinds CLIENT, SERVER, PRODUCER, CONSUMER map directly; no kind is UNSPECIFIED. Tags are
 *       string attributes; an {@code error} tag makes the status ERROR. Annotations are counted
 *       ({@code annotation}), not kept.</li>
 *   <li><b>Shared spans</b>: Zipkin reports an RPC as one span id twice, by the client (CLIENT) and
 *       the server (SERVER, usually {@code shared: true}, sometimes not). The CLIENT half keeps the
 *       id and its parent; each SERVER half gets the derived id {@code <id>-server}
 *       ({@code <id>-server2}, ... for retries) and the CLIENT half as parent. Spans whose parent is
 *       the shared id move under the server half when they ran in the server's service (when client
 *       and server are the same service: when they started within the server half), else stay
 *       under the client. A shared SERVER span whose CLIENT is not in the file keeps its id. Any
 *       other repeated id is kept as {@code <id>#2} with a {@code duplicate-span-id} warning.</li>
 *   <li>A CONSUMER span that is the child of a PRODUCER span makes a message.
 *       Producer: "Zipkin".</li>
 * </ul>
 */
package dev.flightpath.loaders.zipkin;

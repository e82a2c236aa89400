/**
 * OTLP protobuf span dumps ({@link dev.flightpath.model.InputFormat#OTLP_PROTO}):
 * {@code ExportTraceServiceRequest} messages decoded with the {@code opentelemetry-proto} classes.
 * The framing ({@code OtlpProtoFraming}): each request after a 4-byte big-endian length (the
 * Collector's file exporter with {@code format: proto}), after a varint length (protobuf's
 * delimited streams), or the whole file one request (an OTLP/HTTP body). Requests are read one at
 * a time; a file that ends inside a request keeps the complete ones before it with a
 * {@code truncated} warning. The mapping and warnings are the OTLP JSON loader's (see
 * {@link dev.flightpath.loaders.otlp}); a zero time is a missing one ({@code missing-field}), as
 * proto3 cannot tell them apart.
 */
package dev.flightpath.loaders.otlpproto;

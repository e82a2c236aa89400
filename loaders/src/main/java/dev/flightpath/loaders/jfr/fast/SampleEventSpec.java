package dev.flightpath.loaders.jfr.fast;

import dev.flightpath.model.FrameType;
import dev.flightpath.model.SampleKind;
import java.util.Objects;

/**
 * One JFR event type that becomes stack samples.
 *
 * @param eventName  {@code jdk.ExecutionSample}, …
 * @param kind       the sample kind it yields
 * @param valueField the field holding the value ({@code duration} = the event's duration), or null
 *                   for a value of 1
 * @param classField the class field that becomes a synthetic leaf frame, or null
 * @param scaleField a floating-point field the value is multiplied by (a weight), or null; the fast
 *                   reader leaves events that have one to the consumer
 * @param leafType   the frame type of that leaf
 */
public record SampleEventSpec(String eventName, SampleKind kind, String valueField, String classField,
        String scaleField, FrameType leafType) {
    public SampleEventSpec {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leafType, "leafType");
    }
}

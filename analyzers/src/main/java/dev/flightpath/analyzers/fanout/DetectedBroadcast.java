package dev.flightpath.analyzers.fanout;

import java.util.List;

/**
 * A broadcast as the detectors find it, before it is measured.
 *
 * @param sender     the sending process's name
 * @param operation  the message type or operation
 * @param rule       which rule found it
 * @param deliveries its copies, one per recipient
 */
record DetectedBroadcast(String sender, String operation, DetectionRule rule, List<Delivery> deliveries) {
    DetectedBroadcast {
        deliveries = List.copyOf(deliveries);
    }
}

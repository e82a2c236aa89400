package dev.flightpath.analyzers.fanout;

/**
 * What one sender broadcast.
 *
 * @param sender     the sending process
 * @param broadcasts broadcasts seen
 * @param deliveries copies seen
 * @param sizeMin    smallest broadcast
 * @param sizeP50    median size (lower median)
 * @param sizeMax    largest broadcast
 */
public record SenderSummary(String sender, long broadcasts, long deliveries, int sizeMin, int sizeP50, int sizeMax) {
}

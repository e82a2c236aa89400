package dev.flightpath.loaders.chrome;

import java.util.Map;

/**
 * An end event (E, e or F) waiting to be matched with its begin once the whole file is read.
 *
 * @param timeNanos  the event's time
 * @param fileOrder  its position among all events of the file (breaks ties in time)
 * @param phase      {@code E}, {@code e} or {@code F}
 * @param name       its name, or null
 * @param args       its {@code args} object, or null; added to the slice it closes
 */
record EndEvent(long timeNanos, int fileOrder, String phase, String name, Map<String, Object> args) {
}

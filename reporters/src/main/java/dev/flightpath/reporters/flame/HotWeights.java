package dev.flightpath.reporters.flame;

import dev.flightpath.reporters.terminal.Units;
import java.util.Locale;

/** A weight in its unit, as people read it: a count, a byte size or a duration. */
final class HotWeights {
    private HotWeights() {
    }

    static String format(long weight, String unit) {
        switch (unit) {
            case "bytes":
                return bytes(weight);
            case "nanoseconds":
                return Units.duration(weight);
            default:
                return Units.count(weight);
        }
    }

    /** 1536 → "1.5 KiB". */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}

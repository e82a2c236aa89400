package dev.flightpath.reporters.terminal;

import java.util.List;

/**
 * A row of Unicode block characters, one per value, scaled to the largest value: zero is a space,
 * any positive value at least the lowest block, the largest the full block.
 */
public final class Sparkline {
    private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    public static String of(List<Long> values) {
        long max = 0;
        for (long value : values) {
            max = Math.max(max, value);
        }
        StringBuilder line = new StringBuilder(values.size());
        for (long value : values) {
            if (value <= 0) {
                line.append(' ');
            } else {
                int level = (int) Math.ceil(value * (double) BLOCKS.length / max);
                line.append(BLOCKS[Math.max(1, Math.min(BLOCKS.length, level)) - 1]);
            }
        }
        return line.toString();
    }
}

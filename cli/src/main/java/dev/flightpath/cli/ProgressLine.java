package dev.flightpath.cli;

import java.util.Locale;

/**
 * The text of the progress bar drawn while a file is read: what is read, how much of it, how fast
 * and how long it will still take, fitted to the terminal's width. Pure: {@link ReadProgress}
 * draws it.
 */
final class ProgressLine {
    /**
     * The length of the figures for files up to 1 GB read at up to 1 GB/s: {@code 100% 999.9/999.9 MB,
     * 999.9 MB/s, 59m59s left}; the bar is shorter by as much in any terminal, so it does not move
     * as the figures change.
     */
    private static final int WIDEST_FIGURES = 44;

    private ProgressLine() {
    }

    /**
     * For example {@code reading big.json [=========>           ]  45% 120.3/267.0 MB, 85.2 MB/s, 2s left}.
     *
     * @param elapsedNanos time since reading began
     * @param width        the terminal's columns; the bar shrinks to fit, the name is cut last
     */
    static String render(String name, long bytesRead, long totalBytes, long elapsedNanos, int width) {
        long read = Math.max(0, Math.min(bytesRead, totalBytes));
        double fraction = totalBytes <= 0 ? 0 : (double) read / totalBytes;
        double seconds = elapsedNanos / 1e9;
        double bytesPerSecond = seconds > 0 ? read / seconds : 0;
        String figures = String.format(Locale.ROOT, "%3d%% %s/%s MB, %s MB/s", (int) Math.floor(fraction * 100),
                megabytes(read), megabytes(totalBytes), megabytes((long) bytesPerSecond));
        if (bytesPerSecond > 0 && read < totalBytes) {
            figures += ", " + duration((totalBytes - read) / bytesPerSecond) + " left";
        }
        String label = "reading " + name + " ";
        // The bar's width depends on the widest figures, not on these: it stays put as they change.
        int barWidth = Math.min(40, width - label.length() - WIDEST_FIGURES - 1);
        if (barWidth < 10) {
            int room = Math.max(0, width - figures.length() - 1);
            return (label.length() > room ? label.substring(0, room) : label) + figures;
        }
        return label + bar(fraction, barWidth) + " " + figures;
    }

    private static String bar(double fraction, int width) {
        int inner = width - 2;
        int done = (int) Math.floor(fraction * inner);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < inner; i++) {
            bar.append(i < done ? '=' : i == done ? '>' : ' ');
        }
        return bar.append(']').toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    /** 7s, 2m05s or 1h03m. */
    static String duration(double seconds) {
        long whole = (long) Math.ceil(seconds);
        if (whole < 60) {
            return whole + "s";
        }
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", whole / 3600, whole % 3600 / 60);
    }
}

package dev.flightpath.reporters.flame;

import java.util.Objects;

/**
 * How the HTML flame graph is labelled and trimmed.
 *
 * @param title           the page's heading
 * @param subtitle        a line under it: file, event, sample count
 * @param minWidthPercent frames narrower than this share of the root are left out (0 keeps all)
 */
public record FlameHtmlOptions(String title, String subtitle, double minWidthPercent) {
    public FlameHtmlOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        if (!(minWidthPercent >= 0 && minWidthPercent <= 100)) {
            throw new IllegalArgumentException("minWidthPercent must be within 0..100: " + minWidthPercent);
        }
    }
}

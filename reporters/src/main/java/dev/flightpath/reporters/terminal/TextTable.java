package dev.flightpath.reporters.terminal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table for the terminal: columns aligned by their visible width (colour codes are added after
 * padding), numbers right-aligned, a rule under the header.
 */
public final class TextTable {
    public enum Align { LEFT, RIGHT }

    private final String[] headers;
    private final Align[] aligns;
    private final List<String[]> rows = new ArrayList<>();
    private final List<UnaryOperator<String>[]> styles = new ArrayList<>();

    public TextTable(String[] headers, Align[] aligns) {
        if (headers.length != aligns.length) {
            throw new IllegalArgumentException("headers and alignments differ in length");
        }
        this.headers = headers.clone();
        this.aligns = aligns.clone();
    }

    public void addRow(String... cells) {
        @SuppressWarnings("unchecked")
        UnaryOperator<String>[] none = new UnaryOperator[cells.length];
        Arrays.fill(none, UnaryOperator.identity());
        addStyledRow(cells, none);
    }

    /** A row whose cells are styled (coloured) after padding. */
    public void addStyledRow(String[] cells, UnaryOperator<String>[] cellStyles) {
        if (cells.length != headers.length || cellStyles.length != headers.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.length);
        }
        rows.add(cells.clone());
        styles.add(cellStyles.clone());
    }

    public void write(PrintWriter out, TerminalStyle style) {
        int[] widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            widths[c] = headers[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder header = new StringBuilder();
        int total = 0;
        for (int c = 0; c < headers.length; c++) {
            header.append(c == 0 ? " " : "  ").append(pad(headers[c], widths[c], aligns[c]));
            total += widths[c] + (c == 0 ? 1 : 2);
        }
        out.println(style.heading(header.toString()));
        out.println(style.label(" " + "─".repeat(Math.max(0, total - 1))));
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < headers.length; c++) {
                line.append(c == 0 ? " " : "  ").append(styles.get(r)[c].apply(pad(rows.get(r)[c], widths[c], aligns[c])));
            }
            out.println(stripTrailing(line));
        }
    }

    private static String stripTrailing(StringBuilder line) {
        return line.toString().stripTrailing();
    }

    private static String pad(String text, int width, Align align) {
        String padding = " ".repeat(width - text.length());
        return align == Align.RIGHT ? padding + text : text + padding;
    }
}

package dev.flightpath.reporters.terminal;

import org.fusesource.jansi.Ansi;

/**
 * Colours for terminal output, or none: the CLI decides (a terminal, no {@code --no-color}, no
 * {@code NO_COLOR}) and reporters only ask for a role.
 */
public final class TerminalStyle {
    private final boolean colour;

    private TerminalStyle(boolean colour) {
        this.colour = colour;
    }

    public static TerminalStyle coloured() {
        return new TerminalStyle(true);
    }

    public static TerminalStyle plain() {
        return new TerminalStyle(false);
    }

    public boolean isColoured() {
        return colour;
    }

    public String heading(String text) {
        return colour ? Ansi.ansi().bold().a(text).reset().toString() : text;
    }

    public String label(String text) {
        return colour ? Ansi.ansi().fgBrightBlack().a(text).reset().toString() : text;
    }

    public String number(String text) {
        return colour ? Ansi.ansi().fgCyan().a(text).reset().toString() : text;
    }

    public String warning(String text) {
        return colour ? Ansi.ansi().fgYellow().a(text).reset().toString() : text;
    }

    public String bad(String text) {
        return colour ? Ansi.ansi().fgRed().bold().a(text).reset().toString() : text;
    }

    public String good(String text) {
        return colour ? Ansi.ansi().fgGreen().a(text).reset().toString() : text;
    }
}

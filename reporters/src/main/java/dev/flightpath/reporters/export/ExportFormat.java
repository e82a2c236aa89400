package dev.flightpath.reporters.export;

import java.util.Locale;

/** The formats {@code flightpath convert} writes, each with the file name ending that selects it. */
public enum ExportFormat {
    SPEEDSCOPE("speedscope", ".speedscope.json"),
    CHROME("chrome", ".trace.json"),
    PPROF("pprof", ".pb.gz"),
    OTLP_JSON("otlp", ".otlp.jsonl"),
    FOLDED("folded", ".folded");

    private final String cliName;
    private final String extension;

    ExportFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    /** The name given to {@code --to}. */
    public String cliName() {
        return cliName;
    }

    /** The file name ending that selects this format when {@code --to} is not given. */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for, or null when its ending names none. */
    public static ExportFormat fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        if (name.endsWith(".pprof")) {
            return PPROF;
        }
        if (name.endsWith(".collapsed") || name.endsWith(".txt")) {
            return FOLDED;
        }
        if (name.endsWith(".json") && name.contains("trace")) {
            return CHROME;
        }
        return null;
    }

    /** The format named on the command line, or null. */
    public static ExportFormat fromCliName(String value) {
        for (ExportFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(value)) {
                return format;
            }
        }
        return null;
    }
}

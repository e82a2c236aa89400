package dev.flightpath.model;

/** The input formats flightpath reads; each has one loader. */
public enum InputFormat {
    JFR("jfr", "JFR recording"),
    OTLP_JSON("otlp", "OTLP JSON span dump"),
    JAEGER_JSON("jaeger", "Jaeger JSON trace"),
    ZIPKIN_JSON("zipkin", "Zipkin v2 JSON trace"),
    CHROME_JSON("chrome", "Chrome/Perfetto trace JSON"),
    BEAM_TRACE("beam", "BEAM trace file"),
    OTLP_PROTO("otlp-proto", "OTLP protobuf span dump"),
    PPROF("pprof", "pprof profile"),
    SPEEDSCOPE("speedscope", "speedscope profile");

    private final String cliName;
    private final String description;

    InputFormat(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The name used on the command line ({@code --input-format jfr}) and in JSON output. */
    public String cliName() {
        return cliName;
    }

    /** A phrase for messages: "not a JFR recording". */
    public String description() {
        return description;
    }

    public static InputFormat fromCliName(String name) {
        for (InputFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + name + "'");
    }
}

package dev.flightpath.cli;

import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: lists the subcommands and holds the options every command takes. */
@Command(
        name = "flightpath",
        mixinStandardHelpOptions = true,
        versionProvider = FlightpathCommand.Version.class,
        description = "A profiler for message-passing systems: reads JFR recordings, span dumps "
                + "(OTLP, Jaeger, Zipkin, Chrome) and BEAM traces, and tells where time went.",
        subcommands = {
            SummaryCommand.class,
            FlameCommand.class,
            HotCommand.class,
            CheckCommand.class,
            MailboxCommand.class,
            LatencyCommand.class,
            ReportCommand.class,
            CriticalPathCommand.class,
            ConvertCommand.class,
            CommandLine.HelpCommand.class
        },
        sortOptions = false)
public final class FlightpathCommand implements Runnable {

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an error (for bug reports).")
    boolean stacktrace;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never colour the output.")
    boolean noColor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private boolean colourAllowed;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, for example 'summary'");
    }

    /** Whether terminal output may be coloured. */
    boolean colour() {
        return colourAllowed && !noColor;
    }

    /** The style for terminal output: coloured on a terminal, plain when piped or with --no-color. */
    TerminalStyle style() {
        return colour() ? TerminalStyle.coloured() : TerminalStyle.plain();
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean colourAllowed) {
        FlightpathCommand root = new FlightpathCommand();
        root.colourAllowed = colourAllowed;
        CommandLine commandLine = new CommandLine(root);
        ErrorHandler errors = new ErrorHandler(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                colourAllowed ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        listExitCodes(commandLine);
        return commandLine;
    }

    /** Every command's help ends with the exit codes. */
    private static void listExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            listExitCodes(subcommand);
        }
    }

    /** Reads the version Maven filtered into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = FlightpathCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"flightpath " + properties.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}

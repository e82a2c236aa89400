package dev.flightpath.cli;

import dev.flightpath.reporters.terminal.TerminalStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
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
        sortOptions = false)
public final class FlightpathCommand implements Runnable {
    /**
     * The subcommands by name, in the order help lists them. Picocli reads a command's annotations
     * when it is registered, which for all of them costs a good part of the startup time; so a
     * command line naming one command registers only that one (see {@link #commandLine}).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("summary", SummaryCommand::new);
        commands.put("flame", FlameCommand::new);
        commands.put("hot", HotCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("mailbox", MailboxCommand::new);
        commands.put("latency", LatencyCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("critical-path", CriticalPathCommand::new);
        commands.put("fanout", FanoutCommand::new);
        commands.put("convert", ConvertCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }


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

    /** The command line for {@code args}: every subcommand, or only the one {@code args} name. */
    static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err, boolean colourAllowed) {
        FlightpathCommand root = new FlightpathCommand();
        root.colourAllowed = colourAllowed;
        CommandLine commandLine = new CommandLine(root);
        String named = commandName(args);
        for (Map.Entry<String, Supplier<Object>> command : SUBCOMMANDS.entrySet()) {
            if (named == null || named.equals(command.getKey())) {
                commandLine.addSubcommand(command.getKey(), command.getValue().get());
            }
        }
        ErrorHandler errors = new ErrorHandler(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                colourAllowed ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(FlightpathCommand::executeAndCloseInputs);
        listExitCodes(commandLine);
        return commandLine;
    }

    /**
     * The subcommand {@code args} run, or null when that needs every subcommand: help, no command
     * or an unknown one (whose suggestions come from all the names).
     */
    private static String commandName(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? arg : null;
            }
            if (!arg.equals("--stacktrace") && !arg.equals("--no-color")) {
                return null; // --help, --version or an unknown option of the root
            }
        }
        return null;
    }

    /** Runs the command, then deletes what its inputs left behind (a copy of stdin). */
    private static int executeAndCloseInputs(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } finally {
            for (CommandLine commandLine : parseResult.asCommandLineList()) {
                for (CommandLine.Model.CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
                    if (mixin.userObject() instanceof InputOptions) {
                        ((InputOptions) mixin.userObject()).close();
                    }
                }
            }
        }
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

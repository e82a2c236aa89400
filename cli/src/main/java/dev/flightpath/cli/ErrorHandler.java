package dev.flightpath.cli;

import dev.flightpath.model.InputDataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr, {@code flightpath <command>: <what> '<file>'[: <hint>]},
 * and an exit code. Only bugs get a stack trace, and only with {@code --stacktrace}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private final FlightpathCommand root;

    ErrorHandler(FlightpathCommand root) {
        this.root = root;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(prefix(commandLine) + describe(e) + " (see '" + commandLine.getCommandSpec().qualifiedName()
                + " --help')");
        if (root.stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        int exitCode;
        if (cause instanceof InputDataException) {
            err.println(prefix(commandLine) + cause.getMessage());
            exitCode = ExitCodes.BAD_INPUT;
        } else if (cause instanceof OutputFailure) {
            err.println(prefix(commandLine) + cause.getMessage());
            exitCode = ExitCodes.OUTPUT;
        } else if (cause instanceof UsageFailure) {
            err.println(prefix(commandLine) + cause.getMessage());
            exitCode = ExitCodes.USAGE;
        } else if (cause instanceof CommandLine.ParameterException) {
            return handleParseException((CommandLine.ParameterException) cause, new String[0]);
        } else if (cause instanceof FileSystemException) {
            err.println(prefix(commandLine) + describe((FileSystemException) cause));
            exitCode = ExitCodes.BAD_INPUT;
        } else if (cause instanceof IOException) {
            err.println(prefix(commandLine) + "I/O error: " + cause.getMessage());
            exitCode = ExitCodes.BAD_INPUT;
        } else {
            err.println(prefix(commandLine) + "internal error: " + cause
                    + (root.stacktrace ? "" : " (rerun with --stacktrace and report it)"));
            exitCode = ExitCodes.INTERNAL;
        }
        if (root.stacktrace) {
            cause.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /**
     * Picocli's message, except for unknown commands and options: only those are named (never the
     * file after them), with the nearest known names.
     */
    private static String describe(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException)) {
            return e.getMessage();
        }
        CommandLine.UnmatchedArgumentException unmatched = (CommandLine.UnmatchedArgumentException) e;
        List<String> arguments = unmatched.getUnmatched();
        if (arguments.isEmpty()) {
            return e.getMessage();
        }
        List<String> options = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("-") && !argument.equals("-")) {
                options.add(argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument);
            }
        }
        String what;
        if (!options.isEmpty()) {
            what = (options.size() == 1 ? "unknown option " : "unknown options ") + quoted(options);
        } else if (e.getCommandLine().getParent() == null && !e.getCommandLine().getSubcommands().isEmpty()) {
            what = "unknown command '" + arguments.get(0) + "'";
        } else {
            what = (arguments.size() == 1 ? "unexpected argument " : "unexpected arguments ") + quoted(arguments);
        }
        List<String> suggestions = unmatched.getSuggestions(); // for the first unmatched argument
        if (suggestions.size() > 3) {
            suggestions = suggestions.subList(0, 3);
        }
        return suggestions.isEmpty() ? what : what + " (did you mean " + String.join(" or ", suggestions) + "?)";
    }

    private static String quoted(List<String> values) {
        return "'" + String.join("', '", values) + "'";
    }

    private static String describe(FileSystemException e) {
        String file = "'" + e.getFile() + "'";
        if (e instanceof NoSuchFileException) {
            return "file not found " + file;
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read " + file + ": permission denied";
        }
        String reason = e.getReason();
        return "cannot read " + file + (reason == null ? "" : ": " + reason);
    }

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }
}

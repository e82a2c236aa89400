/**
 * The command line: one picocli command class per command, each in the same four steps (load the
 * file with the data kinds its analysis declares, analyse, print with the result type's reporters
 * or write a file through {@link dev.flightpath.cli.OutputTarget}), and the mechanisms every command
 * shares: input ({@code -} for stdin), output ({@code -} for stdout, files written whole), errors
 * (one line and an exit code, {@link dev.flightpath.cli.ErrorHandler}) and the progress bar.
 *
 * <p>The only module that prints or exits. Depends on everything else (loaders, analyzers,
 * reporters, the model), picocli and Jansi.
 */
package dev.flightpath.cli;

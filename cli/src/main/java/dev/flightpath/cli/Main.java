package dev.flightpath.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiType;

/** The entry point: runs one command and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(Main::uncaught);
        boolean terminal = System.console() != null && isTerminal();
        PrintStream stdout = terminal ? AnsiConsole.out() : System.out;
        PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = run(args, out, err, terminal && System.getenv("NO_COLOR") == null);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Runs the command line and returns the exit code; prints only to {@code out} and {@code err}.
     *
     * @param colourAllowed whether stdout is a terminal that takes colour ({@code --no-color} can
     *                      still turn it off)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, boolean colourAllowed) {
        try {
            return FlightpathCommand.commandLine(args, out, err, colourAllowed).execute(args);
        } catch (OutOfMemoryError e) {
            err.println(OutOfMemory.message(args, Runtime.getRuntime().maxMemory()));
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * A failure in a thread other than the command's (the JDK's own helper threads): nothing of
     * the JVM's stack-trace printing reaches stderr. Out of memory is left to the command's thread,
     * which then fails too and says so in one line; allocating here could fail again.
     */
    private static void uncaught(Thread thread, Throwable e) {
        if (!(e instanceof OutOfMemoryError)) {
            System.err.println("flightpath: internal error in thread " + thread.getName() + ": " + e
                    + " (rerun with --stacktrace and report it)");
        }
    }

    private static boolean isTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            AnsiType type = AnsiConsole.out().getType();
            return type != AnsiType.Redirected && type != AnsiType.Unsupported;
        } catch (RuntimeException | LinkageError e) {
            return System.console() != null; // Jansi's native library could not load
        }
    }
}

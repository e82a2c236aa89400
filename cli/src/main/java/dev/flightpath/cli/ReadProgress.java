package dev.flightpath.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fusesource.jansi.Ansi;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiType;

/**
 * A progress bar on stderr while a file is read, when stderr is a terminal; nothing otherwise.
 *
 * <p>The loaders read files by themselves, so progress is observed from outside: a daemon thread
 * reads, every {@value #PERIOD_MILLIS} ms, the position of the file's open descriptors in Linux's
 * {@code /proc/self/fdinfo} (bytes read by a streaming reader). Where that does not exist (not Linux)
 * there is no bar. The bar appears only once reading has taken {@value #DELAY_MILLIS} ms (small
 * files never check the terminal, which costs loading Jansi's native library) and is erased when
 * reading ends. Cursor control comes from Jansi.
 */
final class ReadProgress implements AutoCloseable {
    static final long DELAY_MILLIS = 700;
    static final long PERIOD_MILLIS = 200;
    private static final Path FDS = Path.of("/proc/self/fd");

    private final Path file;
    private final String name;
    private final long totalBytes;
    private final Thread thread;
    private volatile boolean done;
    private boolean drawn;

    private ReadProgress(Path file, String name, long totalBytes) {
        this.file = file;
        this.name = name;
        this.totalBytes = totalBytes;
        this.thread = new Thread(this::run, "flightpath-progress");
        this.thread.setDaemon(true);
    }

    /** Starts watching the reading of {@code file}; closing stops it and erases the bar. */
    static ReadProgress start(Path file, String name) {
        long size;
        Path real;
        try {
            real = file.toRealPath();
            size = Files.size(real);
        } catch (IOException e) {
            real = null;
            size = 0;
        }
        ReadProgress progress = new ReadProgress(real, name, size);
        if (real != null && size > 0 && Files.isDirectory(FDS)) {
            progress.thread.start();
        }
        return progress;
    }

    private void run() {
        long startNanos = System.nanoTime();
        try {
            Thread.sleep(DELAY_MILLIS);
            if (done || !stderrIsTerminal()) {
                return;
            }
            PrintStream err = AnsiConsole.err();
            int columns = AnsiConsole.err().getTerminalWidth();
            int width = columns > 0 ? Math.max(40, columns - 1) : 79;
            long furthest = 0;
            while (!done) {
                long position = position();
                furthest = Math.max(furthest, position);
                // No descriptor open: between two reading passes, or reading done; the line stays.
                boolean redraw = position >= 0 || !drawn;
                synchronized (this) {
                    if (done) {
                        break;
                    }
                    if (redraw) {
                        err.print(Ansi.ansi().cursorToColumn(1).eraseLine(Ansi.Erase.FORWARD).a(ProgressLine.render(
                                name, furthest, totalBytes, System.nanoTime() - startNanos, width)));
                        err.flush();
                        drawn = true;
                    }
                }
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            // no terminal support after all: no bar
        }
    }

    private static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        AnsiType type = AnsiConsole.err().getType();
        return type != AnsiType.Redirected && type != AnsiType.Unsupported;
    }

    /**
     * The furthest position among this process's open descriptors of the file, in bytes, or -1
     * when none is open.
     */
    private long position() {
        long furthest = -1;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
            for (Path fd : fds) {
                try {
                    if (file.equals(Files.readSymbolicLink(fd))) {
                        furthest = Math.max(furthest, descriptorPosition(fd.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            return furthest;
        }
        return furthest;
    }

    private static long descriptorPosition(String fd) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", fd))) {
            if (line.startsWith("pos:")) {
                return Long.parseLong(line.substring(4).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        synchronized (this) {
            done = true;
            if (drawn) {
                AnsiConsole.err().print(Ansi.ansi().cursorToColumn(1).eraseLine(Ansi.Erase.FORWARD));
                AnsiConsole.err().flush();
            }
        }
        thread.interrupt();
    }
}

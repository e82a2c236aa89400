package dev.flightpath.cli;

import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input file of a command and how to read it; mixed into every command that reads one. */
final class InputOptions {
    /** How stdin is named in messages and default output names. */
    static final Path STDIN_NAME = Path.of("stdin");

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording: JFR, OTLP/Jaeger/Zipkin/Chrome "
            + "JSON or a BEAM trace; the format is told from the content. - reads stdin.")
    Path file;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "Read FILE as this format instead of detecting it: ${COMPLETION-CANDIDATES}.")
    InputFormat inputFormat;

    /** The file as messages and outputs name it: {@code stdin} for {@code -}. */
    Path name() {
        return isStdin() ? STDIN_NAME : file;
    }

    boolean isStdin() {
        return "-".equals(file.toString());
    }

    /**
     * Loads the file. Stdin is copied to a temporary file first (the loaders read files, some of
     * them more than once); that file is deleted when loaded, and messages name it {@code stdin}.
     */
    Recording load(LoadRequest request) throws InputDataException, IOException {
        if (!isStdin()) {
            try (ReadProgress progress = ReadProgress.start(file, String.valueOf(file.getFileName()))) {
                return RecordingLoader.load(file, inputFormat, request);
            }
        }
        if (stdinCopy == null) {
            stdinCopy = StdinCopy.read(System.in);
        }
        try (ReadProgress progress = ReadProgress.start(stdinCopy.file(), STDIN_NAME.toString())) {
            return RecordingLoader.load(stdinCopy.file(), inputFormat, request);
        } catch (InputDataException e) {
            throw e.file() != null && e.file().equals(stdinCopy.file())
                    ? new InputDataException(e.problem(), STDIN_NAME, e.detail(), e) : e;
        }
    }

    /** Deletes the copy of stdin, if one was made. */
    void close() {
        if (stdinCopy != null) {
            stdinCopy.delete();
            stdinCopy = null;
        }
    }

    private StdinCopy stdinCopy;

    static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown input format '" + value + "'; expected one of "
                        + String.join(", ", new FormatNames()));
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (InputFormat format : InputFormat.values()) {
                names.add(format.cliName());
            }
            return names.iterator();
        }
    }
}

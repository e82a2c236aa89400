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
    @Parameters(index = "0", paramLabel = "FILE", description = "The recording: JFR, OTLP/Jaeger/Zipkin/Chrome "
            + "JSON or a BEAM trace; the format is told from the content.")
    Path file;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "Read FILE as this format instead of detecting it: ${COMPLETION-CANDIDATES}.")
    InputFormat inputFormat;

    Recording load(LoadRequest request) throws InputDataException, IOException {
        return RecordingLoader.load(file, inputFormat, request);
    }

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

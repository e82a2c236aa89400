package dev.flightpath.loaders;

import dev.flightpath.model.InputDataException;
import dev.flightpath.model.InputFormat;
import dev.flightpath.model.Recording;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one input format into the model. Implementations hold no state between calls. */
public interface Loader {
    InputFormat format();

    /**
     * Reads {@code file}.
     *
     * @throws InputDataException the content is not valid for this format (names the position)
     * @throws IOException        the file could not be read
     */
    Recording load(Path file, LoadRequest request) throws InputDataException, IOException;
}

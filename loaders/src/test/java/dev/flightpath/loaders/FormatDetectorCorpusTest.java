package dev.flightpath.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.flightpath.model.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorCorpusTest {
    @ParameterizedTest(name = "{0} files are detected as {1}")
    @CsvSource({"otlp, OTLP_JSON, 10", "jaeger, JAEGER_JSON, 10", "zipkin, ZIPKIN_JSON, 10", "chrome, CHROME_JSON, 23"})
    void everyFileOfTheFolderIsDetectedAsItsFormat(String folder, InputFormat expected, int count) throws Exception {
        List<Path> files = list(Corpus.folder(folder));
        assertEquals(count, files.size(), "files in " + folder);
        for (Path file : files) {
            assertEquals(expected, FormatDetector.detect(file), file.getFileName().toString());
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            assertFalse(list.isEmpty());
            return list;
        }
    }
}

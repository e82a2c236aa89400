package dev.flightpath.reporters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources. Run the tests with
 * {@code -Dflightpath.updateGolden=true} to rewrite the files from the current output, then review
 * the diff.
 */
public final class Golden {
    private Golden() {
    }

    public static void assertMatches(String resource, String actual) throws IOException {
        if (Boolean.getBoolean("flightpath.updateGolden")) {
            Path file = Path.of(System.getProperty("flightpath.root", "."), "reporters/src/test/resources", resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = Golden.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new AssertionError("missing golden file " + resource);
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, resource);
        }
    }
}

package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a committed golden file under {@code src/test/resources/golden}. Run with
 * {@code -Dflightpath.updateGolden=true} to rewrite them after a deliberate change, then review
 * the diff.
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path golden = Path.of("src", "test", "resources", "golden", name);
        if (Boolean.getBoolean("flightpath.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }
}

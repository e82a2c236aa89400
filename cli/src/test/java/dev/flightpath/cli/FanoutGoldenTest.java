package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the table and JSON output of {@code fanout} on a sample of each kind of input: seq_trace
 * (broadcast ids and sampling weights), the recorder's fan-out ids, and OTLP spans (child calls,
 * linked consumers, sampled fan-out spans). Rewrite with {@code -Dflightpath.updateGolden=true}
 * after a deliberate change, and review the diff.
 */
class FanoutGoldenTest {
    @ParameterizedTest(name = "fanout {0} --format {1}")
    @CsvSource({
        "broadcast-beam-seqtrace.trace, table, fanout-broadcast-beam-seqtrace.txt",
        "broadcast-beam-seqtrace.trace, json, fanout-broadcast-beam-seqtrace.json",
        "broadcast-recorder.jfr, table, fanout-broadcast-recorder.txt",
        "guild-fanout-otlp.jsonl, json, fanout-guild-fanout-otlp.json"
    })
    void matchesGolden(String sample, String format, String golden) throws IOException {
        CliRun run = CliRun.of("fanout", TestFiles.sample(sample).toString(), "--gap", "1s", "--top", "5",
                "--format", format);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches(golden, run.out());
    }
}

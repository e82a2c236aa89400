package dev.flightpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code fanout} on the broadcast samples against the figures the recording programs
 * ({@code scripts/record-beam.exs --broadcast | --seq-trace}, {@code BroadcastSample} by
 * {@code scripts/record-jvm-broadcast-sample.sh}) counted themselves: per guild size the posts,
 * the labelled posts and the deliveries, the guilds and the slow member.
 *
 * <p>The burst gap is 1 s: the script posts 20 ms apart within a guild and 1.5 s apart between
 * guilds, so a gap of 1 s never joins two posts to different guilds, and a guild's fan-out is one
 * burst however long the guild is scheduled out in the middle of it (in this recording the
 * 1,000-member guild paused for more than 10 ms mid-fan-out).
 */
class FanoutSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] SIZES = {10, 100, 1000};

    @Test
    void ordinaryTraceHasEveryBroadcastExactly() throws IOException {
        Map<String, String> counts = counts("broadcast-beam.counts");
        JsonNode out = fanout("broadcast-beam.trace");
        long deliveries = 0;
        for (int size : SIZES) {
            JsonNode bucket = bucketOf(out, size);
            assertEquals(number(counts, "posts_" + size), bucket.get("broadcasts").asLong(), "size " + size);
            assertEquals(number(counts, "deliveries_" + size), bucket.get("deliveries").asLong(), "size " + size);
            assertEquals(1.0, bucket.get("samplingRate").asDouble());
            JsonNode sender = senderOf(out, "guild_" + size);
            assertEquals(number(counts, "posts_" + size), sender.get("broadcasts").asLong());
            assertEquals(size, sender.get("sizes").get("min").asInt());
            assertEquals(size, sender.get("sizes").get("max").asInt());
            deliveries += number(counts, "deliveries_" + size);
        }
        // Every other traced send (the posts, the poster's last message) is a lone message.
        long lone = number(counts, "traced_sends") - deliveries;
        assertEquals(lone, bucketOf(out, 1).get("broadcasts").asLong());
        assertEquals(number(counts, "traced_sends"), out.get("deliveries").asLong());
        assertEquals(false, out.get("estimated").asBoolean());
        assertEquals(counts.get("slow_recipient"), out.get("slowRecipients").get(0).get("recipient").asText());
    }

    @Test
    void seqTraceHasTheLabelledBroadcastsWeightedByTheirSamplingRate() throws IOException {
        Map<String, String> counts = counts("broadcast-beam-seqtrace.counts");
        JsonNode out = fanout("broadcast-beam-seqtrace.trace");
        long labelledDeliveries = 0;
        for (int size : SIZES) {
            JsonNode bucket = bucketOf(out, size);
            long labelled = number(counts, "labelled_" + size);
            double weight = Double.parseDouble(counts.get("weight_" + size));
            assertEquals(labelled, bucket.get("broadcasts").asLong(), "size " + size);
            assertEquals(number(counts, "labelled_deliveries_" + size), bucket.get("deliveries").asLong());
            assertEquals(1 / weight, bucket.get("samplingRate").asDouble(), 1e-12);
            assertEquals(labelled * weight, bucket.get("estimatedBroadcasts").get("value").asDouble(), 1e-9);
            JsonNode sender = senderOf(out, counts.get("guild_" + size));
            assertEquals(labelled, sender.get("broadcasts").asLong());
            labelledDeliveries += number(counts, "labelled_deliveries_" + size);
        }
        // Each labelled post is one more (lone) message: the cast to its guild.
        assertEquals(number(counts, "labelled"), bucketOf(out, 1).get("broadcasts").asLong());
        assertEquals(labelledDeliveries + number(counts, "labelled"), out.get("deliveries").asLong());
        assertEquals(number(counts, "labelled") * 2, out.get("rules").get("id").asLong()); // a cast and a fan-out each
        assertTrue(out.get("estimated").asBoolean());
        assertEquals(counts.get("slow_recipient"), out.get("slowRecipients").get(0).get("recipient").asText());
    }

    @Test
    void recorderFanoutIdsGiveEveryBroadcastExactly() throws IOException {
        Map<String, String> counts = counts("broadcast-recorder.counts");
        JsonNode out = fanout("broadcast-recorder.jfr");
        long posts = 0;
        for (int size : SIZES) {
            JsonNode bucket = bucketOf(out, size);
            assertEquals(number(counts, "posts_" + size), bucket.get("broadcasts").asLong(), "size " + size);
            assertEquals(number(counts, "deliveries_" + size), bucket.get("deliveries").asLong(), "size " + size);
            JsonNode sender = senderOf(out, counts.get("guild_" + size));
            assertEquals(number(counts, "posts_" + size), sender.get("broadcasts").asLong());
            assertEquals(size, sender.get("sizes").get("min").asInt());
            posts += number(counts, "posts_" + size);
        }
        // The fan-outs carry ids; the posts to the guilds are lone messages (bursts of one).
        assertEquals(posts, out.get("rules").get("id").asLong());
        assertEquals(posts, out.get("rules").get("burst").asLong());
        assertEquals(posts, bucketOf(out, 1).get("broadcasts").asLong());
        assertEquals(counts.get("slow_recipient"), out.get("slowRecipients").get(0).get("recipient").asText());
    }

    /**
     * The OTLP sample (GuildFanOutSample: 120 posts, 8 sessions, fan-out spans kept with p = 1/2):
     * every post is one broadcast of 1 (the guild's consumer span linked to the post), the kept
     * fan-outs are broadcasts of 8, and their 95% interval covers the 120 true fan-outs and 960
     * deliveries.
     */
    @Test
    void sampledSpanFanoutsEstimateTheTrueCounts() throws IOException {
        JsonNode out = fanout("guild-fanout-otlp.jsonl");
        assertEquals(120, bucketOf(out, 1).get("broadcasts").asLong());
        JsonNode eights = bucketOf(out, 8);
        assertEquals(8 * eights.get("broadcasts").asLong(), eights.get("deliveries").asLong());
        assertEquals(0.5, eights.get("samplingRate").asDouble());
        assertCovers(eights.get("estimatedBroadcasts"), 120);
        assertCovers(eights.get("estimatedDeliveries"), 960);
        assertEquals(eights.get("broadcasts").asLong(), out.get("rules").get("children").asLong());
    }

    private static void assertCovers(JsonNode estimate, double truth) {
        assertTrue(estimate.get("low95").asDouble() <= truth && truth <= estimate.get("high95").asDouble(),
                estimate + " does not cover " + truth);
    }

    private static JsonNode fanout(String sample) throws IOException {
        CliRun run = CliRun.of("fanout", "--format", "json", "--gap", "1s", TestFiles.sample(sample).toString());
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static JsonNode bucketOf(JsonNode out, int size) {
        for (JsonNode bucket : out.get("bySize")) {
            int max = bucket.get("sizeMax").isNull() ? Integer.MAX_VALUE : bucket.get("sizeMax").asInt();
            if (bucket.get("sizeMin").asInt() <= size && size <= max) {
                return bucket;
            }
        }
        throw new AssertionError("no bucket holds size " + size);
    }

    private static JsonNode senderOf(JsonNode out, String name) {
        for (JsonNode sender : out.get("senders")) {
            if (sender.get("sender").asText().equals(name)) {
                return sender;
            }
        }
        throw new AssertionError("no sender " + name);
    }

    private static long number(Map<String, String> counts, String key) {
        return Long.parseLong(counts.get(key));
    }

    private static Map<String, String> counts(String name) throws IOException {
        Map<String, String> counts = new HashMap<>();
        for (String line : Files.readAllLines(TestFiles.sample(name))) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                counts.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return counts;
    }
}

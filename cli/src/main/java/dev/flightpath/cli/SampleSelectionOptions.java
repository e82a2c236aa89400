package dev.flightpath.cli;

import dev.flightpath.analyzers.flame.FlameAnalyzer;
import dev.flightpath.analyzers.flame.FlameOptions;
import dev.flightpath.analyzers.flame.SampleKinds;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.model.InputDataException;
import dev.flightpath.model.Recording;
import dev.flightpath.model.SampleKind;
import dev.flightpath.model.TimeRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which samples a flame graph or hot-method list uses, and how frames are named; a mixin. */
final class SampleSelectionOptions {
    @Option(names = "--event", paramLabel = "KIND", converter = KindConverter.class, completionCandidates = KindNames.class,
            description = "The samples to use: ${COMPLETION-CANDIDATES}. Default: cpu if the recording has CPU "
                    + "samples, else wall, else alloc, else lock.")
    SampleKind event;

    @Option(names = "--leak", description = "With --event nativemem: only the allocations never freed "
            + "(as jfr-converter --nativemem --leak; same as --event nativeleak).")
    boolean leak;

    @Option(names = "--total", description = "Weigh samples by their value (bytes for alloc, nanoseconds for lock) "
            + "instead of counting them.")
    boolean total;

    @Mixin
    TimeRangeOption range;

    @Option(names = "--thread", paramLabel = "REGEX", converter = RegexConverter.class,
            description = "Only samples of threads whose name matches REGEX.")
    Pattern thread;

    @Option(names = "--include", paramLabel = "REGEX", converter = RegexConverter.class,
            description = "Only stacks with a frame matching REGEX (repeatable: every one must match).")
    List<Pattern> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX", converter = RegexConverter.class,
            description = "Drop stacks with a frame matching REGEX (repeatable).")
    List<Pattern> excludes = new ArrayList<>();

    @Option(names = "--simple", description = "Class names without their package.")
    boolean simple;

    @Option(names = "--lines", description = "Tell frames apart by line number too.")
    boolean lines;

    /** The options resolved against a recording, and whether the event was chosen by default. */
    record Selection(FlameOptions options, boolean defaultEvent, Map<SampleKind, Long> sampleCounts) {
        /** "cpu", or "cpu (default; also alloc, lock: choose with --event)". */
        String describeEvent() {
            String name = options.kind().cliName();
            if (!defaultEvent) {
                return name;
            }
            StringJoiner others = new StringJoiner(", ");
            sampleCounts.keySet().stream().filter(kind -> kind != options.kind())
                    .forEach(kind -> others.add(kind.cliName()));
            return name + " (default" + (others.length() == 0 ? "" : "; also " + others + ": choose with --event") + ")";
        }
    }

    /** What to load: with --event, that kind's samples alone (other kinds' events are skipped). */
    LoadRequest loadRequest() {
        SampleKind kind = event();
        return kind == null ? new LoadRequest(FlameAnalyzer.NEEDS) : LoadRequest.samplesOf(kind);
    }

    /** The --event asked for, with --leak turning nativemem into its leaks; null when not given. */
    private SampleKind event() {
        return leak && event == SampleKind.NATIVEMEM ? SampleKind.NATIVE_LEAK : event;
    }

    /**
     * Whether a recording loaded with {@link #loadRequest()} lacks the chosen kind, so it must be
     * loaded again with every kind to say which kinds it has.
     */
    boolean needsEveryKind(Recording recording) {
        return event != null && recording.samples().count(event()) == 0;
    }

    Selection resolve(Recording recording, Path file, CommandLine commandLine, boolean threads, boolean reverse)
            throws InputDataException {
        Map<SampleKind, Long> counts = SampleKinds.counts(recording);
        SampleKind kind = event();
        if (kind == null) {
            Optional<SampleKind> chosen = SampleKinds.defaultKind(counts);
            if (chosen.isEmpty()) {
                throw new InputDataException("no stack samples in", file,
                        "it has no CPU, wall-clock, allocation or lock samples");
            }
            kind = chosen.get();
        } else if (!counts.containsKey(kind)) {
            throw new InputDataException("no " + kind.cliName() + " samples in", file, counts.isEmpty()
                    ? "it has no stack samples at all" : "it has " + describe(counts) + " (choose with --event)");
        }
        TimeRange window = range.resolve(recording.info(), commandLine);
        FlameOptions options = new FlameOptions(kind, total, window.fromNanos(), window.toNanos(), threads, thread, includes, excludes,
                reverse, lines, simple);
        return new Selection(options, event == null, counts);
    }

    private static String describe(Map<SampleKind, Long> counts) {
        StringJoiner joiner = new StringJoiner(", ");
        counts.forEach((kind, count) -> joiner.add(String.format(Locale.ROOT, "%,d %s", count, kind.cliName())));
        return joiner + " samples";
    }

    static final class KindConverter implements CommandLine.ITypeConverter<SampleKind> {
        @Override
        public SampleKind convert(String value) {
            for (SampleKind kind : SampleKind.values()) {
                if (kind.cliName().equalsIgnoreCase(value)) {
                    return kind;
                }
            }
            throw new CommandLine.TypeConversionException("unknown event '" + value + "'; expected one of "
                    + String.join(", ", new KindNames()));
        }
    }

    static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (SampleKind kind : SampleKind.values()) {
                names.add(kind.cliName());
            }
            return names.iterator();
        }
    }
}

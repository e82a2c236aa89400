package dev.flightpath.cli;

import dev.flightpath.analyzers.check.CheckAnalyzer;
import dev.flightpath.analyzers.check.CheckResult;
import dev.flightpath.analyzers.check.Verdict;
import dev.flightpath.analyzers.check.rules.Condition;
import dev.flightpath.analyzers.check.rules.Rule;
import dev.flightpath.analyzers.check.rules.RuleSet;
import dev.flightpath.analyzers.check.rules.RulesException;
import dev.flightpath.analyzers.check.rules.RulesParser;
import dev.flightpath.analyzers.latency.WaitClassifier;
import dev.flightpath.loaders.LoadRequest;
import dev.flightpath.loaders.RecordingLoader;
import dev.flightpath.model.Recording;
import dev.flightpath.reporters.check.CheckJsonReporter;
import dev.flightpath.reporters.check.CheckJunitReporter;
import dev.flightpath.reporters.check.CheckMarkdownReporter;
import dev.flightpath.reporters.check.CheckTableReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The CI gate: evaluates the rules of a YAML file on a recording, optionally against a "
                + "baseline recording, and exits 4 when a rule fails.",
            "Baseline limits (p(99) <= baseline * 1.10 + 200us) fail only on a significant change: both recordings "
                + "are cut into windows (settings.window, or the shorter recording / 50), and the per-window "
                + "Hodges-Lehmann shift and a one-sided Mann-Whitney test, Holm-corrected over all baseline "
                + "conditions, decide; an exceeded limit without a significant change is INCONCLUSIVE (exit 0, "
                + "or 5 with --strict, the recommended CI setting).",
            "Without --baseline, baseline conditions are skipped and the absolute ones decide."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--rules", required = true, paramLabel = "RULES.yaml", description = "The rules (see the README).")
    Path rulesFile;

    @Option(names = "--baseline", paramLabel = "BASE", description = "A recording of the same workload to compare with.")
    Path baselineFile;

    @Option(names = "--junit", paramLabel = "OUT.xml", description = "Also write JUnit XML (failed rules as failed tests).")
    Path junitFile;

    @Option(names = "--markdown", paramLabel = "OUT.md", description = "Also write a Markdown table (for a PR comment).")
    Path markdownFile;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write every evaluated rule as JSON.")
    Path jsonFile;

    @Option(names = "--strict", description = "Exit 5 when a rule is INCONCLUSIVE (too little data or no significant "
            + "change); recommended in CI.")
    boolean strict;

    @Option(names = "--require-baseline", description = "Rules that compare with a baseline are a usage error "
            + "(exit 2) without --baseline, instead of being skipped.")
    boolean requireBaseline;

    @Option(names = "--idle-frame", paramLabel = "REGEX", converter = RegexConverter.class,
            description = "A park or monitor wait with a frame matching REGEX is idle (latency{category=\"idle\"}). Repeatable.")
    java.util.List<java.util.regex.Pattern> idleFrames = new java.util.ArrayList<>();

    @ParentCommand
    FlightpathCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleSet rules = readRules();
        LoadRequest request = new LoadRequest(CheckAnalyzer.NEEDS);
        Recording current = input.load(request);
        Recording baseline = baselineFile == null ? null : RecordingLoader.load(baselineFile, input.inputFormat, request);
        CheckResult result = CheckAnalyzer.evaluate(rules, current, baseline,
                WaitClassifier.standard().withIdleFrames(idleFrames));
        // The verdict first: it reaches stdout even when a file below cannot be written (exit 2).
        PrintWriter console = spec.commandLine().getOut();
        new CheckTableReporter(root.style())
                .write(result, console);
        if (junitFile != null) {
            new OutputTarget(junitFile).write(console, out -> new CheckJunitReporter()
                    .write(result, input.name().getFileName().toString(), out));
        }
        if (markdownFile != null) {
            new OutputTarget(markdownFile).write(console, out -> {
                PrintWriter lines = new PrintWriter(out);
                new CheckMarkdownReporter().write(result, lines);
                if (lines.checkError()) {
                    throw new IOException("write error");
                }
            });
        }
        if (jsonFile != null) {
            new OutputTarget(jsonFile).write(console, out -> new CheckJsonReporter().write(result, out));
        }
        if (result.overall() == Verdict.FAIL) {
            return ExitCodes.RULE_FAILED;
        }
        if (result.overall() == Verdict.INCONCLUSIVE && strict) {
            return ExitCodes.INCONCLUSIVE;
        }
        return ExitCodes.OK;
    }

    private RuleSet readRules() throws UsageFailure {
        String text;
        try {
            text = Files.readString(rulesFile, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new UsageFailure("invalid rules '" + rulesFile + "': not UTF-8 text");
        } catch (IOException e) {
            throw new UsageFailure("cannot read rules '" + rulesFile + "': "
                    + (Files.exists(rulesFile) ? e.getMessage() : "file not found"));
        }
        RuleSet rules;
        try {
            rules = RulesParser.parse(text);
        } catch (RulesException e) {
            throw new UsageFailure("invalid rules '" + rulesFile + "': " + e.getMessage());
        }
        if (baselineFile == null && requireBaseline) {
            for (Rule rule : rules.rules()) {
                for (Condition condition : rule.conditions()) {
                    if (condition.limit().relative()) {
                        throw new UsageFailure("invalid rules '" + rulesFile + "': line " + condition.line()
                                + ": '" + condition.text() + "' compares with the baseline; pass --baseline FILE (or drop "
                                + "--require-baseline to skip it)");
                    }
                }
            }
        }
        return rules;
    }
}

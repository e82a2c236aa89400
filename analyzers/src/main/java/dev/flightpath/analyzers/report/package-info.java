/**
 * The post-mortem report's analysis: {@link dev.flightpath.analyzers.report.ReportAnalyzer} runs
 * every analysis the page shows (summary, mailboxes, latency, timeline, flame graphs and hot
 * methods, critical paths, the baseline comparison, rule verdicts, findings, data coverage) with
 * the terminal commands' defaults, applies the page's size budgets, and returns one
 * {@link dev.flightpath.analyzers.report.ReportAnalysis} of result records for the report's reporter.
 * Depends on the model and the other analyzer packages only; it formats no text for people.
 */
package dev.flightpath.analyzers.report;

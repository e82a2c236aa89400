/**
 * The post-mortem report's reporter: {@link dev.flightpath.reporters.report.ReportHtmlReporter}
 * writes one self-contained page from the report's analysis
 * ({@link dev.flightpath.analyzers.report.ReportAnalysis}); each section's data is written by a
 * {@link dev.flightpath.reporters.report.ReportSection}, with the commands' own JSON reporters where
 * a section shows a command's output. The page's script and style are files of
 * {@code dev/flightpath/reporters/web/}. Depends on the model, the analyzers and the other reporters.
 */
package dev.flightpath.reporters.report;

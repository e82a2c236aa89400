/**
 * The report's findings: one {@link dev.flightpath.analyzers.findings.FindingRule} per kind of
 * problem (lock waits, GC pauses, hot methods, queue waits, data quality, failed checks...), each
 * scoring 0-100 from the other analyses' result records; {@link
 * dev.flightpath.analyzers.findings.FindingsAnalyzer} runs them all.
 *
 * <p>Depends on the model and the other analysis packages' results; never on reporters.
 */
package dev.flightpath.analyzers.findings;

/**
 * The post-mortem report: one self-contained HTML page assembled from the other analyses' result
 * records (findings, timeline, mailboxes, latency, flame graphs, critical paths, checks,
 * comparisons). Depends on the analyses, the model and {@code reporters.json}.
 */
package dev.flightpath.reporters.report;

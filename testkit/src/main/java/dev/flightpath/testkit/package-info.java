/**
 * Test support shared by the modules' test suites: nothing here is part of the shipped tool.
 *
 * <p>{@link dev.flightpath.testkit.CorpusSkipSummary} is a JUnit Platform listener, registered through
 * {@code META-INF/services}, so that every module that has this artifact on its test class path
 * says in one line which tests were skipped because the shared corpus of real recordings
 * ({@code ../shared/corpus}) is absent. It may depend on the JUnit Platform launcher API only.
 */
package dev.flightpath.testkit;

/**
 * Opening any supported file: format detection from the content
 * ({@link dev.flightpath.loaders.FormatDetector}), the request of what to read
 * ({@link dev.flightpath.loaders.LoadRequest}) and the one entry point
 * {@link dev.flightpath.loaders.RecordingLoader#load}. One subpackage per format.
 *
 * <p>Loaders depend on the model, Jackson (streaming) and {@code jdk.jfr}; never on analyzers,
 * reporters or the CLI.
 */
package dev.flightpath.loaders;

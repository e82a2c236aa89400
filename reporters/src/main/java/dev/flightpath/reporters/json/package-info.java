/**
 * What every JSON reporter shares: the generator set-up ({@link dev.flightpath.reporters.json.JsonOutput})
 * and the JSON shape of duration statistics. Depends on Jackson's streaming API and
 * {@code analyzers.stats}.
 */
package dev.flightpath.reporters.json;

package dev.flightpath.loaders.pprof;

import java.util.List;
import java.util.Map;

/**
 * A decoded pprof profile, as close to profile.proto as the loader needs: string indexes resolved
 * only where the loader reads them.
 *
 * @param sampleTypes    per sample type, its (type, unit) names
 * @param samples        the samples in file order
 * @param locations      by location id
 * @param functionNames  function id to its name (the system name when the name is empty)
 * @param periodType     the period's (type, unit), or empty strings
 * @param period         the sampling period in the period type's unit, or 0
 * @param timeNanos      when the profile was taken (epoch nanoseconds), or 0
 * @param durationNanos  how long it covers, or 0
 * @param comments       the profile's free-text comments
 */
record PprofData(
        List<ValueType> sampleTypes,
        List<Sample> samples,
        Map<Long, Location> locations,
        Map<Long, String> functionNames,
        ValueType periodType,
        long period,
        long timeNanos,
        long durationNanos,
        List<String> comments) {

    /** A sample type or the period type: what is measured and its unit. */
    record ValueType(String type, String unit) {
    }

    /**
     * @param locationIds leaf first
     * @param values      one per sample type
     * @param labels      string labels (key to value); numeric labels are not kept
     */
    record Sample(long[] locationIds, long[] values, Map<String, String> labels) {
    }

    /**
     * @param address     the instruction address, for a location without lines
     * @param functionIds per line, innermost (inlined) first, the caller it was inlined into last
     * @param lineNumbers per line, its source line or 0
     */
    record Location(long address, long[] functionIds, long[] lineNumbers) {
    }
}

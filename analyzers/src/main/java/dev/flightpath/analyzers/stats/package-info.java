/**
 * Small numeric building blocks shared by the analyses: duration recorders and their summary
 * statistics (HdrHistogram), weighted percentiles, index sorting and a growable {@code long} list.
 *
 * <p>Depends on HdrHistogram only: not on the model or any other analysis.
 */
package dev.flightpath.analyzers.stats;

/**
 * The statistics of baseline comparisons: Mann-Whitney U (from Commons Math), Holm's correction,
 * bootstrap intervals and weighted statistics. Pure functions of numbers; depends on nothing of
 * flightpath's but the rules' settings.
 */
package dev.flightpath.analyzers.check.stats;

/**
 * JMH benchmarks of the recorder library's overhead (see the README's Performance section). Not
 * part of the command line; depends on the recorder and JMH only.
 */
package dev.flightpath.benchmarks;

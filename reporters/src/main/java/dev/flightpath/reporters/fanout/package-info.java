/** The fan-out analysis as a terminal table and as JSON. */
package dev.flightpath.reporters.fanout;

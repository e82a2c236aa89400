/**
 * How the model's quantities are written for people: {@link dev.flightpath.model.format.UnitFormat}
 * holds the one set of rules for durations and counts, shared by the findings' sentences
 * (analyzers) and the terminal and pages' formatting (reporters' {@code Units} and
 * {@code web/format.js}, tested to agree). Lives here because analyzers cannot depend on reporters.
 *
 * <p>Depends on nothing but the JDK.
 */
package dev.flightpath.model.format;

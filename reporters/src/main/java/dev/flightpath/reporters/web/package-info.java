/**
 * The front end of the HTML outputs: the pages' templates, style sheets and scripts are real files
 * in this package's resource folder ({@code flame.html} with {@code flame-viewer.js/.css},
 * {@code report.html} with {@code report.js/.css}, {@code waterfall.html} with
 * {@code waterfall.js/.css}, and {@code format.js} and {@code narrow.js} shared by all), linted by
 * ESLint ({@code package.json} there); {@link dev.flightpath.reporters.web.WebPage} inlines them into
 * one self-contained page and writes embedded data through the one script escaper.
 */
package dev.flightpath.reporters.web;

/**
 * Validation reports: validation.json, validation.md and report.html with PNG plots, the run that
 * writes them all, and a check that a report's images are present and valid.
 */
package org.nucleiml.validation.report;

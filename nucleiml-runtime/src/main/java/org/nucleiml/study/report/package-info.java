/**
 * The study report: one page (report.html and report.md in target/nml) that gathers the outputs of
 * every step of a study (data, emulator, validation, posteriors and their comparisons) from the JSON
 * files those steps wrote, and links their existing plots. Written by the fingerprinted
 * {@link org.nucleiml.study.report.ReportStep}.
 */
package org.nucleiml.study.report;

package org.nucleiml.validation.report;

/**
 * A PNG written next to report.html.
 *
 * @param file the file name, relative to the report directory
 * @param title a short title for the report
 * @param caption what the plot shows and how to read it
 */
public record PlotFile(String file, String title, String caption) {}

package org.nucleiml.study.report;

/**
 * A link from the study report to another file of the study, such as a step's own report.
 *
 * @param href the path relative to the report's directory, '/'-separated
 * @param text what the link shows
 */
public record Link(String href, String text) {}

package org.nucleiml.validation.report;

import java.util.List;

/**
 * A titled part of the human-readable reports.
 *
 * @param level the heading level, 1 for the document title
 * @param title the heading
 * @param paragraphs plain-text paragraphs
 * @param tables tables, after the paragraphs
 * @param plots plots, after the tables
 */
public record ReportSection(int level, String title, List<String> paragraphs, List<Table> tables,
    List<PlotFile> plots) {

  /** Copies the lists. */
  public ReportSection {
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
    plots = List.copyOf(plots);
  }
}

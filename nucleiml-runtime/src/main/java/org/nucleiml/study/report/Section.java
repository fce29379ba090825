package org.nucleiml.study.report;

import java.util.List;
import org.nucleiml.validation.report.PlotFile;
import org.nucleiml.validation.report.Table;

/**
 * A titled part of the study report. Unlike the validation report's sections it can link to the
 * steps' own reports, which is why it is a record of its own; tables and plots are the validation
 * report's, so both pages read alike.
 *
 * @param level the heading level, 1 for the page title
 * @param title the heading
 * @param paragraphs plain-text paragraphs
 * @param tables tables, after the paragraphs
 * @param plots existing PNGs, after the tables, their file relative to the report's directory
 * @param links links to other files of the study, last
 */
public record Section(int level, String title, List<String> paragraphs, List<Table> tables,
    List<PlotFile> plots, List<Link> links) {

  /** The words marking a step without output, in the steps table and in its section. */
  public static final String NOT_RUN = "not run";

  /** Copies the lists. */
  public Section {
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
    plots = List.copyOf(plots);
    links = List.copyOf(links);
  }

  /** A section of text only. */
  public static Section text(int level, String title, List<String> paragraphs) {
    return new Section(level, title, paragraphs, List.of(), List.of(), List.of());
  }

  /** The section of a step whose output is missing: says so instead of failing the report. */
  static Section notRun(String title, String step, String missingFile) {
    return text(2, title, List.of(NOT_RUN + ": " + step + " has not written " + missingFile + "."));
  }
}

package org.nucleiml.study.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.validation.report.PlotFile;

/**
 * The study report's content, in page order: header, Data, Emulator, Validation, Posterior. Built
 * from the files alone, so identical files give an identical page.
 *
 * @param sections the sections, the header first
 */
public record StudyReport(List<Section> sections) {

  /** Copies the list. */
  public StudyReport {
    sections = List.copyOf(sections);
  }

  /**
   * Reads the study's outputs and lays out the page.
   *
   * @param study what the page calls the study, e.g. groupId:artifactId:version
   * @param files the study directory
   * @param links relative links from where the page is written
   */
  static StudyReport of(String study, StudyFiles files, PageLinks links) throws IOException {
    StudyOutputs outputs = StudyOutputs.read(files);
    List<Section> sections = new ArrayList<>();
    sections.add(StudyHeader.of(study, outputs));
    sections.add(DataSection.of(outputs.dataset(), links));
    sections.add(EmulatorSection.of(outputs.emulator(), links));
    sections.add(ValidationSection.of(outputs.validation(), links));
    sections.addAll(PosteriorSection.of(outputs.posteriors(), links));
    return new StudyReport(sections);
  }

  /** The page as HTML5. */
  public String html() {
    return StudyHtml.render(sections);
  }

  /** The page as Markdown. */
  public String markdown() {
    return StudyMarkdown.render(sections);
  }

  /** Every image the page shows, relative to its directory, in page order. */
  public List<String> images() {
    return sections.stream().flatMap(s -> s.plots().stream()).map(PlotFile::file).toList();
  }
}

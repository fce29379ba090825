package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.report.ReportStep;

/** Configuration of the report step (nml:report, {@code nml report}): one page for the whole study. */
public final class ReportConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "report";
  /** Default page name inside the study directory. */
  public static final String DEFAULT_OUTPUT_NAME = "report.html";

  private Path studyDirectory;
  private Path output;
  private String study;

  @Override
  public String goal() {
    return GOAL;
  }

  @Override
  public void run(StepContext context) throws IOException, InterruptedException {
    if (studyDirectory == null) {
      throw new InvalidParameterException("studyDirectory", null, "the study's output directory (target/nml)");
    }
    if (study == null || study.isBlank()) {
      throw new InvalidParameterException("study", study, "the study's name, e.g. groupId:artifactId:version");
    }
    Path page = output == null ? studyDirectory.resolve(DEFAULT_OUTPUT_NAME) : output;
    new ReportStep(studyDirectory, page, study, context.info()).run();
  }

  /** The study's output directory, holding data/, emulator/, validation/ and posterior/. */
  public ReportConfiguration studyDirectory(Path value) {
    studyDirectory = value;
    return this;
  }

  /** The HTML page to write (default: report.html in the study directory). */
  public ReportConfiguration output(Path value) {
    output = value;
    return this;
  }

  /** The study's name shown on the page, e.g. groupId:artifactId:version. */
  public ReportConfiguration study(String value) {
    study = value;
    return this;
  }
}

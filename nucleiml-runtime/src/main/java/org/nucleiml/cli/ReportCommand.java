package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nucleiml.study.config.ReportConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nml report}: the nml:report goal from the command line, options onto {@link ReportConfiguration}. */
@Command(name = ReportConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Write the study report (report.html, report.md) from a study's output directory.")
public final class ReportCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Option(names = "--study-directory", required = true, description = "The study's output directory (target/nml).")
  private Path studyDirectory;

  @Option(names = "--output", description = "The HTML page (default: report.html in the study directory).")
  private Path output;

  @Option(names = "--study", required = true, description = "The study's name on the page, e.g. group:artifact:version.")
  private String study;

  @Override
  public Integer call() throws Exception {
    return step.run(new ReportConfiguration().studyDirectory(studyDirectory).output(output).study(study));
  }
}

package org.nucleiml.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.nucleiml.study.config.ReportConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Writes the study report: one page (report.html and report.md) with the tables and plots of every
 * step that has run (data, emulator, validation, posteriors and comparisons); steps that have not run
 * are listed as "not run". Skips with "up to date" when no step output changed.
 */
@Mojo(name = ReportConfiguration.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.REPORT_SKIP, defaultValue = "false")
  private boolean skipReport;

  /** The study's output directory, holding data/, emulator/, validation/ and posterior/. */
  @Parameter(property = PropertyNames.REPORT_STUDY_DIRECTORY, defaultValue = "${project.build.directory}/nml")
  private File studyDirectory;

  /** The HTML page to write; report.md (same name, .md) and nml-step.json go next to it. */
  @Parameter(property = PropertyNames.REPORT_OUTPUT, defaultValue = "${project.build.directory}/nml/report.html")
  private File output;

  @Override
  boolean skipGoal() {
    return skipReport;
  }

  @Override
  String goalName() {
    return ReportConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    MavenProject p = project();
    return new ReportConfiguration().studyDirectory(studyDirectory.toPath()).output(output.toPath())
        .study(p.getGroupId() + ":" + p.getArtifactId() + ":" + p.getVersion());
  }
}

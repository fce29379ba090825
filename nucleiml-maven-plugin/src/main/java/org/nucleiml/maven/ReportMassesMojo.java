package org.nucleiml.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.study.config.MassReportConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Writes the mass-model study report: [S003] Table III beside ours and WS4, input sensitivities, residual
 * maps on the nuclear chart, S_n/S_p along chains and the Z = 28, 50, 82, 92 extrapolations (report.html,
 * report.md and PNGs).
 */
@Mojo(name = MassReportConfiguration.GOAL, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMassesMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.REPORT_MASSES_SKIP, defaultValue = "false")
  private boolean skipReportMasses;

  /** The models, as given to nml:train-masses. */
  @Parameter(required = true)
  private List<MassModelConfiguration> models;

  /** nml:train-masses' output directory. */
  @Parameter(property = PropertyNames.REPORT_MASSES_MODEL_DIRECTORY, defaultValue = "${project.build.directory}/nml/mass-models")
  private File modelDirectory;

  /** nml:validate-masses' output directory. */
  @Parameter(property = PropertyNames.REPORT_MASSES_VALIDATION_DIRECTORY,
      defaultValue = "${project.build.directory}/nml/mass-validation")
  private File validationDirectory;

  /** The HTML page; report.md and the PNGs go beside it. */
  @Parameter(property = PropertyNames.REPORT_MASSES_OUTPUT, defaultValue = "${project.build.directory}/nml/mass-report/report.html")
  private File output;

  @Override
  boolean skipGoal() {
    return skipReportMasses;
  }

  @Override
  String goalName() {
    return MassReportConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    MassReportConfiguration c = new MassReportConfiguration().modelDirectory(modelDirectory.toPath())
        .validationDirectory(validationDirectory.toPath()).output(output.toPath());
    models.forEach(m -> c.model(m.toEntry()));
    return c;
  }
}

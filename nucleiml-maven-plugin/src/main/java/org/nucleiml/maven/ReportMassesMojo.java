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
 * report.md and PNGs); for [S004] MDN models the sets beside the paper, the Shapley feature importance and
 * chains with sigma bands; for [S002] DTEN ensembles the sets beside the paper and the NL3 line, the density
 * gain, residuals, the ensemble-size table and the neutron-skin compression scan (also skin-scan.csv).
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

  /**
   * MDN models: the proton numbers of the chains drawn with the model's ±1, 2, 3 sigma bands, the data and
   * the training nuclei, comma-separated ([S004] Fig. 2: Nd, Z = 60).
   */
  @Parameter(property = PropertyNames.REPORT_MASSES_CHAINS, defaultValue = "60,28,50,82")
  private String chains;

  /**
   * DTEN models: the nuclei of the neutron-skin compression analysis (spec 5.8), comma-separated, e.g.
   * 208Pb,132Sn; blank: no scan. Nuclei the chart did not converge are skipped with a line on the page.
   */
  @Parameter(property = PropertyNames.REPORT_MASSES_SKIN_NUCLEI, defaultValue = "208Pb")
  private String skinNuclei;

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
        .validationDirectory(validationDirectory.toPath()).output(output.toPath()).chains(chains).skinNuclei(skinNuclei);
    for (MassModelConfiguration m : models) {
      if (m.dten()) {
        c.dtenModel(m.toDtenEntry());
      } else if (m.mdn()) {
        c.mdnModel(m.toMdnEntry());
      } else {
        c.model(m.toEntry());
      }
    }
    return c;
  }
}

package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.study.config.DtenModelEntry;
import org.nucleiml.study.config.MassModelEntry;
import org.nucleiml.study.config.MassReportConfiguration;
import org.nucleiml.study.config.MdnModelEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nml report-masses}: the nml:report-masses goal from the command line, options onto {@link MassReportConfiguration}. */
@Command(name = MassReportConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Write the mass-model study report (Table III beside ours and WS4, sensitivities, residual maps, "
        + "S_n/S_p, extrapolations; for MDN models the sets beside [S004], Shapley bars and chains with sigma bands; for "
        + "DTEN models the sets beside [S002], density gain, ensemble size and the neutron-skin compression scan).")
public final class ReportMassesCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Option(names = "--model", required = true, description = "The models as given to train-masses (repeatable).")
  private List<String> models;

  @Option(names = "--models-dir", required = true, description = "The output directory of train-masses.")
  private Path modelDirectory;

  @Option(names = "--validation-dir", required = true, description = "The output directory of validate-masses.")
  private Path validationDirectory;

  @Option(names = "--chains", defaultValue = "60,28,50,82",
      description = "MDN models: proton numbers of the chains drawn with sigma bands (comma-separated).")
  private String chains;

  @Option(names = "--skin-nuclei", defaultValue = "208Pb",
      description = "DTEN models: nuclei of the neutron-skin compression scan (comma-separated; empty: none).")
  private String skinNuclei;

  @Option(names = "--output", required = true, description = "The HTML page (report.md and PNGs beside it).")
  private Path output;

  @Override
  public Integer call() throws Exception {
    MassReportConfiguration configuration = new MassReportConfiguration().modelDirectory(modelDirectory)
        .validationDirectory(validationDirectory).output(output).chains(chains).skinNuclei(skinNuclei);
    for (String m : models) {
      if (DtenModelEntry.isDtenText(m)) {
        configuration.dtenModel(DtenModelEntry.parse(m));
      } else if (MdnModelEntry.isMdnText(m)) {
        configuration.mdnModel(MdnModelEntry.parse(m));
      } else {
        configuration.model(MassModelEntry.parse(m));
      }
    }
    return step.run(configuration);
  }
}

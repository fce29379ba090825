package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.DtenModelEntry;
import org.nucleiml.study.config.MassModelEntry;
import org.nucleiml.study.config.MdnModelEntry;
import org.nucleiml.study.config.MassValidateConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nml validate-masses}: the nml:validate-masses goal from the command line, options onto
 * {@link MassValidateConfiguration}; exit code 3 when a gate is missed.
 */
@Command(name = MassValidateConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Score trained mass models per set beside WS4, the liquid drop and [S003] Table III; check gates.")
public final class ValidateMassesCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Option(names = "--model", required = true, description = "The models as given to train-masses (repeatable).")
  private List<String> models;

  @Option(names = "--models-dir", required = true, description = "The output directory of train-masses.")
  private Path modelDirectory;

  @Option(names = "--gate", description = "e.g. maxRmsKeV[A-III@test]=250, maxRmsKeV[ws4@caseA]=280, "
      + "maxRatio[A-III@test/train]=3 (repeatable).")
  private List<String> gates = List.of();

  @Option(names = "--fail-on-gate", negatable = true, defaultValue = FailOnGate.DEFAULT, fallbackValue = "true",
      description = "Whether a missed gate fails (exit 3) or only warns.")
  private boolean failOnGate;

  @Option(names = "--shapley-background", defaultValue = "100",
      description = "MDN models: training nuclei in the Shapley background, evenly spaced (0: none).")
  private int shapleyBackground;

  @Option(names = "--shapley-set", description = "MDN models: the set the Shapley values explain "
      + "(default all2020 when the data set has it, else all2016).")
  private String shapleySet;

  @Option(names = "--output", required = true, description = "Output directory.")
  private Path output;

  @Override
  public Integer call() throws Exception {
    MassValidateConfiguration configuration = new MassValidateConfiguration().modelDirectory(modelDirectory)
        .outputDirectory(output).failOnGate(failOnGate)
        .shapleyBackground(shapleyBackground).shapleySet(shapleySet);
    for (String m : models) {
      if (DtenModelEntry.isDtenText(m)) {
        configuration.dtenModel(DtenModelEntry.parse(m));
      } else if (MdnModelEntry.isMdnText(m)) {
        configuration.mdnModel(MdnModelEntry.parse(m));
      } else {
        configuration.model(MassModelEntry.parse(m));
      }
    }
    gates.forEach(configuration::gate);
    return step.run(configuration);
  }
}

package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.ValidateConfiguration;
import org.nucleiml.validation.Gates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nml validate}: the nml:validate goal from the command line, options onto {@link ValidateConfiguration}. */
@Command(name = ValidateConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Validate the emulator against the RMF solver; exit 3 when a gate is missed.")
public final class ValidateCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Option(names = "--emulator", required = true, description = "The emulator directory (or emulator.zip).")
  private Path emulator;

  @Option(names = "--data", required = true, description = "The samples.csv the emulator was trained on.")
  private Path data;

  @Option(names = "--output", required = true, description = "The report directory.")
  private Path output;

  @Option(names = "--validation-samples", defaultValue = ValidateConfiguration.DEFAULT_VALIDATION_SAMPLES,
      description = "NMP sets of the independent RMF sample; 0: test split only.")
  private int validationSamples;

  @Option(names = "--seed", defaultValue = ValidateConfiguration.DEFAULT_SEED, description = "Study seed.")
  private long seed;

  @Option(names = "--validation-seed", description = "Seed of the independent sample (default: seed + 1).")
  private Long validationSeed;

  @Option(names = "--unseen-nuclei", description = "Nuclei never trained on, e.g. 56Ni,90Zr.")
  private String unseenNuclei;

  @Option(names = "--gate", description = "A gate such as minAccuracy=0.97 or minR2[charge_radius@40Ca]=0.98.")
  private List<String> gates = List.of();

  @Option(names = "--fail-on-gate", negatable = true, defaultValue = FailOnGate.DEFAULT, fallbackValue = "true",
      description = "Exit 3 when a gate is missed (default: ${DEFAULT-VALUE}); otherwise only warn.")
  private boolean failOnGate;

  @Override
  public Integer call() throws Exception {
    return step.run(new ValidateConfiguration().emulator(emulator).data(data).outputDirectory(output)
        .validationSamples(validationSamples).seed(seed).validationSeed(validationSeed).unseenNuclei(unseenNuclei)
        .gates(Gates.parse(gates)).failOnGate(failOnGate));
  }
}

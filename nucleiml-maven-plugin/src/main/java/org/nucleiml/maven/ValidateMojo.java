package org.nucleiml.maven;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.ValidateConfig;
import org.nucleiml.study.ValidateStep;
import org.nucleiml.validation.Gates;
import org.nucleiml.validation.report.ValidationOutcome;

/**
 * Validates the emulator against the RMF solver on the held-out test split and an independent sample,
 * writes validation.json, validation.md and report.html, and fails the build when a gate is missed.
 */
@Mojo(name = ValidateMojo.GOAL, defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class ValidateMojo extends AbstractNmlMojo {

  static final String GOAL = "validate";

  /** The emulator directory (or emulator.zip) written by nml:train. */
  @Parameter(property = PropertyNames.VALIDATE_EMULATOR, defaultValue = "${project.build.directory}/nml/emulator")
  private File emulator;

  /** The data set the emulator was trained on; its test split is rebuilt from emulator.json. */
  @Parameter(defaultValue = "${project.build.directory}/nml/data/samples.csv")
  private File data;

  /** Where the reports go; the independent sample is solved into its subdirectory sample/. */
  @Parameter(defaultValue = "${project.build.directory}/nml/validation")
  private File outputDirectory;

  /** NMP sets of the independent RMF validation sample; 0 validates on the test split only. */
  @Parameter(property = PropertyNames.VALIDATE_SAMPLES, defaultValue = "200")
  private int validationSamples;

  /** Seed of the independent sample (default: seed + 1); must differ from the training data's seed. */
  @Parameter(property = PropertyNames.VALIDATE_SEED)
  private Long validationSeed;

  /** Study seed of the training data set (the independent sample defaults to seed + 1). */
  @Parameter(property = PropertyNames.SEED, defaultValue = "42")
  private long seed;

  /** Nuclei never trained on, solved in the independent sample for R^2 per nucleus (e.g. 56Ni,90Zr). */
  @Parameter(property = PropertyNames.VALIDATE_UNSEEN_NUCLEI)
  private String unseenNuclei;

  /** Gates judging the primary sample (the independent sample, else the test split). */
  @Parameter
  private GatesConfiguration gates;

  /** Fail the build when a gate is missed (after all reports are written); false only warns. */
  @Parameter(property = PropertyNames.VALIDATE_FAIL_ON_GATE, defaultValue = "true")
  private boolean failOnGate;

  @Override
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws MojoFailureException, IOException, InterruptedException {
    ValidateConfig config = new ValidateConfig(emulator.toPath(), data.toPath(), outputDirectory.toPath(),
        validationSamples, validationSeed == null ? seed + 1 : validationSeed, parseNuclei(),
        gates == null ? Gates.none() : gates.toGates(), threads());
    Optional<ValidationOutcome> outcome = new ValidateStep(config, getLog()::info).run(buildCache());
    if (outcome.isEmpty() || outcome.get().passed()) {
      return;
    }
    String message = outcome.get().gates().message() + " Reports: " + outcome.get().html();
    if (failOnGate) {
      throw new MojoFailureException("nml:" + GOAL + " " + message);
    }
    getLog().warn(message + " (failOnGate=false)");
  }

  private List<Nucleus> parseNuclei() {
    if (unseenNuclei == null || unseenNuclei.isBlank()) {
      return List.of();
    }
    return Arrays.stream(unseenNuclei.split("[,\\s]+")).filter(s -> !s.isBlank()).map(ValidateMojo::nucleus).toList();
  }

  private static Nucleus nucleus(String text) {
    try {
      return Nucleus.parse(text);
    } catch (org.nucleiml.InvalidParameterException e) {
      throw new org.nucleiml.InvalidParameterException("unseenNuclei", text, "nuclei such as 56Ni,90Zr");
    }
  }
}

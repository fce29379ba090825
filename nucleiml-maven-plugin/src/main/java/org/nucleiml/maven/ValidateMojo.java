package org.nucleiml.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.study.config.FailOnGate;
import org.nucleiml.study.config.StepConfiguration;
import org.nucleiml.study.config.ValidateConfiguration;

/**
 * Validates the emulator against the RMF solver on the held-out test split and an independent sample,
 * writes validation.json, validation.md and report.html, and fails the build when a gate is missed.
 */
@Mojo(name = ValidateConfiguration.GOAL, defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class ValidateMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.VALIDATE_SKIP, defaultValue = "false")
  private boolean skipValidate;

  /** The emulator directory (or emulator.zip) written by nml:train. */
  @Parameter(property = PropertyNames.VALIDATE_EMULATOR, defaultValue = "${project.build.directory}/nml/emulator")
  private File emulator;

  /** The data set the emulator was trained on; its test split is rebuilt from emulator.json. */
  @Parameter(property = PropertyNames.VALIDATE_DATA, defaultValue = "${project.build.directory}/nml/data/samples.csv")
  private File data;

  /** Where the reports go; the independent sample is solved into its subdirectory sample/. */
  @Parameter(property = PropertyNames.VALIDATE_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/nml/validation")
  private File outputDirectory;

  /** NMP sets of the independent RMF validation sample; 0 validates on the test split only. */
  @Parameter(property = PropertyNames.VALIDATE_SAMPLES, defaultValue = ValidateConfiguration.DEFAULT_VALIDATION_SAMPLES)
  private int validationSamples;

  /** Seed of the independent sample (default: seed + 1); must differ from the training data's seed. */
  @Parameter(property = PropertyNames.VALIDATE_SEED)
  private Long validationSeed;

  /** Study seed of the training data set (the independent sample defaults to seed + 1). */
  @Parameter(property = PropertyNames.SEED, defaultValue = ValidateConfiguration.DEFAULT_SEED)
  private long seed;

  /** Nuclei never trained on, solved in the independent sample for R^2 per nucleus (e.g. 56Ni,90Zr). */
  @Parameter(property = PropertyNames.VALIDATE_UNSEEN_NUCLEI)
  private String unseenNuclei;

  /** Gates judging the primary sample (the independent sample, else the test split). */
  @Parameter
  private GatesConfiguration gates;

  /** Fail the build when a gate is missed (after all reports are written); false only warns. */
  @Parameter(property = PropertyNames.VALIDATE_FAIL_ON_GATE, defaultValue = FailOnGate.DEFAULT)
  private boolean failOnGate;

  @Override
  boolean skipGoal() {
    return skipValidate;
  }

  @Override
  String goalName() {
    return ValidateConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    ValidateConfiguration c = new ValidateConfiguration().emulator(emulator.toPath()).data(data.toPath())
        .outputDirectory(outputDirectory.toPath()).validationSamples(validationSamples).seed(seed)
        .validationSeed(validationSeed).unseenNuclei(unseenNuclei).failOnGate(failOnGate);
    return gates == null ? c : c.gates(gates.toGates());
  }
}

package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.ValidateConfig;
import org.nucleiml.study.ValidateStep;
import org.nucleiml.validation.Gates;
import org.nucleiml.validation.report.ValidationOutcome;

/**
 * Configuration of the validate step (nml:validate, {@code nml validate}): the emulator against the
 * RMF solver, judged by gates.
 */
public final class ValidateConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "validate";
  /** Default size of the independent RMF sample. */
  public static final String DEFAULT_VALIDATION_SAMPLES = "200";
  /** Default study seed; the independent sample defaults to seed + 1. */
  public static final String DEFAULT_SEED = GenerateConfiguration.DEFAULT_SEED;

  private Path emulator;
  private Path data;
  private Path outputDirectory;
  private int validationSamples = Integer.parseInt(DEFAULT_VALIDATION_SAMPLES);
  private Long validationSeed;
  private long seed = Long.parseLong(DEFAULT_SEED);
  private String unseenNuclei;
  private Gates gates = Gates.none();
  private boolean failOnGate = Boolean.parseBoolean(FailOnGate.DEFAULT);

  @Override
  public String goal() {
    return GOAL;
  }

  @Override
  public void run(StepContext context) throws IOException, InterruptedException {
    Optional<ValidationOutcome> outcome = new ValidateStep(validateConfig(context.threads()), context.info())
        .run(context.cache());
    if (outcome.isPresent() && !outcome.get().passed()) {
      FailOnGate.apply(failOnGate, new GateFailedException("gates", "nml:" + GOAL + " "
          + outcome.get().gates().message() + " Reports: " + outcome.get().html(), List.of()), context.warn());
    }
  }

  /** The validated run. */
  ValidateConfig validateConfig(int threads) {
    if (emulator == null || data == null || outputDirectory == null) {
      throw new InvalidParameterException("emulator, data and outputDirectory", "a missing path", "three paths");
    }
    return new ValidateConfig(emulator, data, outputDirectory, validationSamples,
        validationSeed == null ? seed + 1 : validationSeed, NucleusList.parse("unseenNuclei", unseenNuclei), gates,
        threads);
  }

  /** The emulator directory (or emulator.zip) written by the train step. */
  public ValidateConfiguration emulator(Path value) {
    emulator = value;
    return this;
  }

  /** The data set the emulator was trained on. */
  public ValidateConfiguration data(Path value) {
    data = value;
    return this;
  }

  /** Where the reports go. */
  public ValidateConfiguration outputDirectory(Path value) {
    outputDirectory = value;
    return this;
  }

  /** NMP sets of the independent RMF sample; 0 validates on the test split only. */
  public ValidateConfiguration validationSamples(int value) {
    validationSamples = value;
    return this;
  }

  /** Seed of the independent sample; null: seed + 1. */
  public ValidateConfiguration validationSeed(Long value) {
    validationSeed = value;
    return this;
  }

  /** The study seed of the training data set. */
  public ValidateConfiguration seed(long value) {
    seed = value;
    return this;
  }

  /** Nuclei never trained on, comma- or space-separated, or null. */
  public ValidateConfiguration unseenNuclei(String value) {
    unseenNuclei = value;
    return this;
  }

  /** The gates judging the primary sample. */
  public ValidateConfiguration gates(Gates value) {
    gates = Objects.requireNonNull(value, "gates");
    return this;
  }

  /** Fail when a gate is missed (after all reports are written); false only warns. */
  public ValidateConfiguration failOnGate(boolean value) {
    failOnGate = value;
    return this;
  }
}

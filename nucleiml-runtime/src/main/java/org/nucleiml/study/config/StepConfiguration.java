package org.nucleiml.study.config;

import java.io.IOException;

/**
 * The one configuration of a study step: fields with the step's defaults (as public constants, which
 * the mojo's {@code @Parameter} and the command's {@code @Option} reuse), validation when the step is
 * built, and {@link #run} as the factory and entry point. Front ends set fields and call run.
 */
public interface StepConfiguration {

  /** The goal name without prefix, as in {@code generate}; the CLI command has the same name. */
  String goal();

  /**
   * Validates the configuration, builds the step and runs it (or finds it up to date).
   *
   * @throws org.nucleiml.InvalidParameterException for a bad configuration value
   * @throws org.nucleiml.GateFailedException when a gate is missed and the configuration fails on it
   * @throws IOException when an input cannot be read or an output written
   * @throws InterruptedException when the run is interrupted
   */
  void run(StepContext context) throws IOException, InterruptedException;
}

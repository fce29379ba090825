package org.nucleiml.study.config;

import java.io.IOException;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.study.DatasetStep;

/**
 * Configuration of the dataset step (nml:dataset, {@code nml dataset}): the goal and the command
 * fill one {@link DatasetConfig.Builder} (which holds the defaults and parses and validates every
 * value); {@link #run} builds the step and runs it.
 */
public final class DatasetConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "dataset";
  /** Default mass table id. */
  public static final String DEFAULT_MASS_TABLE = "ame2020";
  /** Default target. */
  public static final String DEFAULT_TARGET = "binding_energy";
  /** Default baseline. */
  public static final String DEFAULT_BASELINE = "none";
  /** Default deformation table id. */
  public static final String DEFAULT_DEFORMATION_TABLE = "ws4";
  /** Default form of the def feature. */
  public static final String DEFAULT_DEFORMATION_FORM = "SUM";
  /** Default seed of the split draw. */
  public static final String DEFAULT_SEED = "42";

  private final DatasetConfig.Builder builder = DatasetConfig.builder();

  @Override
  public String goal() {
    return GOAL;
  }

  /** The values of the run; front ends set them here. */
  public DatasetConfig.Builder values() {
    return builder;
  }

  @Override
  public void run(StepContext context) throws IOException, InterruptedException {
    new DatasetStep(builder.build(), context.info()).run(context.cache());
  }
}

package org.nucleiml.inference;

import java.nio.file.Path;
import org.nucleiml.InvalidParameterException;

/**
 * Asks a posterior run to reweight another posterior's draws instead of running its own chain: the
 * run's model is evaluated at {@code draws} points spread evenly over the proposal's recorded chain,
 * and the draws are weighted by the ratio of the two posteriors ({@link
 * org.nucleiml.inference.mcmc.ImportanceSampler}). The proposal must have the same prior and should be
 * wider than the target (an emulator posterior with its uncertainty, for a solver posterior).
 *
 * @param proposal the proposal posterior's directory (chain.csv and posterior.json)
 * @param draws how many of its recorded draws to evaluate, >= 100
 */
public record ImportanceSampling(Path proposal, int draws) {

  /** The smallest number of draws: fewer give no usable effective sample size. */
  public static final int MIN_DRAWS = 100;
  /** The default number of draws. */
  public static final int DEFAULT_DRAWS = 4000;

  /** Validates. */
  public ImportanceSampling {
    if (proposal == null) {
      throw new InvalidParameterException("importanceFrom", null, "a posterior directory written by nml:posterior");
    }
    if (draws < MIN_DRAWS) {
      throw new InvalidParameterException("importanceDraws", draws, "an integer >= " + MIN_DRAWS);
    }
  }
}

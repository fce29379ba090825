package org.nucleiml.inference.mcmc;

import java.util.SplittableRandom;

/**
 * A proposal of the ensemble sampler for one walker, made against the fixed complementary half of
 * the ensemble. Every draw comes from the walker's own stream, so the chain stays independent of the
 * thread count.
 */
public sealed interface EnsembleMove permits StretchMove, DifferentialEvolutionMove, MoveMixture {

  /**
   * Proposes a new position for {@code walker}.
   *
   * @param walker the walker's current position
   * @param complement the other half's positions (not modified)
   * @param random the walker's stream for this step
   * @return the proposal and the log of its Metropolis-Hastings correction factor
   */
  Proposal propose(double[] walker, double[][] complement, SplittableRandom random);

  /**
   * A proposed position with the log of the factor that multiplies the density ratio in the
   * acceptance probability (0 for symmetric proposals).
   *
   * @param point the proposed position
   * @param logFactor the log correction factor
   */
  record Proposal(double[] point, double logFactor) {}
}

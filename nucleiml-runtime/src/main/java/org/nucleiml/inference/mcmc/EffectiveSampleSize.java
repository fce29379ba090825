package org.nucleiml.inference.mcmc;

/**
 * The effective sample size of an ensemble run, N_eff = walkers * steps / tau: the number of
 * independent draws carrying the same Monte Carlo error of a mean.
 */
public final class EffectiveSampleSize {

  private EffectiveSampleSize() {}

  /** The ESS of {@code walkers * steps} draws with integrated autocorrelation time {@code tau} steps. */
  public static double of(int walkers, long steps, double tau) {
    return Double.isFinite(tau) && tau > 0 ? walkers * (double) steps / Math.max(tau, 1.0) : 0.0;
  }
}

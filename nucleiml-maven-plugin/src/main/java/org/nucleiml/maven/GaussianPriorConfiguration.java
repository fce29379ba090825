package org.nucleiml.maven;

import org.nucleiml.study.config.PriorEntry;

/**
 * POM form of a Gaussian prior on one NMP, truncated to the prior box:
 * {@code <gaussianPrior><parameter>K0</parameter><mean>230</mean><sd>20</sd></gaussianPrior>}.
 */
public class GaussianPriorConfiguration {

  /** The NMP's name as in samples.csv: rho0, E0, K0, Q0, mstar_over_m, J0 or L0. */
  String parameter;
  /** The mean, in the parameter's unit. */
  Double mean;
  /** The standard deviation, in the parameter's unit. */
  Double sd;

  /** The runtime's written form. */
  PriorEntry toEntry() {
    return new PriorEntry(parameter, mean, sd);
  }
}

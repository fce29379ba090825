/**
 * Markov chain Monte Carlo independent of physics: the affine-invariant ensemble sampler (stretch
 * move), chain storage, convergence diagnostics (autocorrelation time, effective sample size, split
 * R-hat) and the stop rule.
 */
package org.nucleiml.inference.mcmc;

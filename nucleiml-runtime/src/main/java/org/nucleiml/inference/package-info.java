/**
 * Bayesian inference of the nuclear-matter parameters: priors, constraints and the Gaussian
 * likelihood, the model-backend contract, the posterior run with its outputs, and posterior comparison.
 */
package org.nucleiml.inference;

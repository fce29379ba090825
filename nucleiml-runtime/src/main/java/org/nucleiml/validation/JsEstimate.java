package org.nucleiml.validation;

/**
 * A Jensen-Shannon divergence estimate with what is needed to judge it: the bins used and the noise
 * floor, the value expected from two samples of these sizes drawn from one distribution.
 *
 * @param divergence the divergence in bits, in [0, 1]
 * @param noiseFloor {@code (k - 1)(1/n + 1/m)/(8 ln 2)} bits for k occupied bins
 * @param bins the number of equal-width bins on the pooled range
 * @param occupiedBins the number of bins holding at least one value of either sample
 * @param n the size of the first (solver) sample
 * @param m the size of the second (emulator) sample
 */
public record JsEstimate(double divergence, double noiseFloor, int bins, int occupiedBins, int n, int m) {}

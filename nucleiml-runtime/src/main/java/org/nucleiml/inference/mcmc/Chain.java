package org.nucleiml.inference.mcmc;

import java.util.Arrays;
import org.nucleiml.Checks;

/**
 * The recorded states of an ensemble: for each recorded step, every walker's position and log density.
 * Storage is flat and grows by doubling, so long runs stay cheap to append to.
 */
public final class Chain {

  private final int walkers;
  private final int dimension;
  private double[] values = new double[0];
  private double[] logDensities = new double[0];
  private int steps;

  /** An empty chain of {@code walkers} walkers in {@code dimension} coordinates. */
  public Chain(int walkers, int dimension) {
    this.walkers = Checks.positive("walkers", walkers);
    this.dimension = Checks.positive("dimension", dimension);
  }

  /** Appends one step: positions[walker][coordinate] and the walkers' log densities. */
  public void append(double[][] positions, double[] logDensity) {
    ensureCapacity(steps + 1);
    int base = steps * walkers;
    for (int k = 0; k < walkers; k++) {
      System.arraycopy(positions[k], 0, values, (base + k) * dimension, dimension);
      logDensities[base + k] = logDensity[k];
    }
    steps++;
  }

  private void ensureCapacity(int needed) {
    if (needed * walkers > logDensities.length) {
      int capacity = Math.max(needed, 2 * logDensities.length / walkers + 16);
      values = Arrays.copyOf(values, capacity * walkers * dimension);
      logDensities = Arrays.copyOf(logDensities, capacity * walkers);
    }
  }

  /** Recorded steps. */
  public int steps() {
    return steps;
  }

  /** Walkers per step. */
  public int walkers() {
    return walkers;
  }

  /** Coordinates per point. */
  public int dimension() {
    return dimension;
  }

  /** Coordinate {@code p} of walker {@code walker} at recorded step {@code step}. */
  public double value(int step, int walker, int p) {
    return values[(step * walkers + walker) * dimension + p];
  }

  /** The log density of walker {@code walker} at recorded step {@code step}. */
  public double logDensity(int step, int walker) {
    return logDensities[step * walkers + walker];
  }

  /** The series of coordinate {@code p} of one walker over steps [from, to). */
  public double[] series(int walker, int p, int from, int to) {
    double[] x = new double[to - from];
    for (int t = from; t < to; t++) {
      x[t - from] = value(t, walker, p);
    }
    return x;
  }

  /** Every walker's series of coordinate {@code p}: [walker][step]. */
  public double[][] series(int p) {
    double[][] x = new double[walkers][];
    for (int k = 0; k < walkers; k++) {
      x[k] = series(k, p, 0, steps);
    }
    return x;
  }

  /** All recorded values of coordinate {@code p}, pooled over walkers and steps. */
  public double[] pooled(int p) {
    double[] x = new double[steps * walkers];
    for (int i = 0; i < x.length; i++) {
      x[i] = values[i * dimension + p];
    }
    return x;
  }

  /** All recorded points, [sample][coordinate], step-major. */
  public double[][] points() {
    double[][] x = new double[steps * walkers][];
    for (int i = 0; i < x.length; i++) {
      x[i] = Arrays.copyOfRange(values, i * dimension, (i + 1) * dimension);
    }
    return x;
  }
}

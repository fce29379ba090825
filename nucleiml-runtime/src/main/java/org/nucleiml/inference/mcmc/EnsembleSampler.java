package org.nucleiml.inference.mcmc;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;

/**
 * The affine-invariant ensemble sampler (Goodman and Weare 2010, as in emcee): the walkers are split
 * in two halves and each half is moved (by the {@link StretchMove}, or a {@link MoveMixture} with
 * {@link DifferentialEvolutionMove}) against the other, whose walkers stay fixed meanwhile, so the
 * points of one half can be evaluated in parallel.
 *
 * <p>Determinism: walker k's draws at step t come from {@code Seeds.random(seed, 0, t, k)} and are made
 * on the calling thread before evaluation, so the chain is bit-identical at any thread count.
 */
public final class EnsembleSampler implements AutoCloseable {

  private static final long MOVES = 0;
  private static final long INITIAL = 1;

  private final LogDensity density;
  private final int walkers;
  private final long seed;
  private final EnsembleMove move;
  private final ParallelEvaluator evaluator;
  private double[][] positions;
  private double[] logDensities;
  private long steps;
  private long accepted;
  private long proposed;

  /**
   * @param density the target density
   * @param walkers the ensemble size, even and >= 2 * dimension + 2
   * @param seed the seed of every draw
   * @param threads worker threads for per-point evaluation, >= 1
   * @param move the move (the stretch move, differential evolution or a mixture)
   */
  public EnsembleSampler(LogDensity density, int walkers, long seed, int threads, EnsembleMove move) {
    int dim = density.dimension();
    if (walkers % 2 != 0 || walkers < 2 * dim + 2) {
      throw new InvalidParameterException("walkers", walkers, "an even number >= 2 * dimension + 2 = "
          + (2 * dim + 2));
    }
    Checks.positive("threads", threads);
    this.density = density;
    this.walkers = walkers;
    this.seed = seed;
    this.move = move;
    this.evaluator = new ParallelEvaluator(density, threads);
  }

  /** Starts from given positions, which must all have a finite log density. */
  public void initialise(double[][] start) {
    if (start.length != walkers) {
      throw new InvalidParameterException("start", start.length + " points", walkers + " points");
    }
    double[] lp = evaluator.evaluate(start, range(0, walkers));
    for (int k = 0; k < walkers; k++) {
      if (!(lp[k] > Double.NEGATIVE_INFINITY)) {
        throw new InvalidParameterException("start point " + k, lp[k], "a finite log density");
      }
    }
    setState(start, lp);
  }

  /**
   * Draws each walker's start from {@code draw} (given the walker's own stream), redrawing points of
   * zero density up to {@code maxDraws} times per walker.
   *
   * @throws NoFiniteStartException when some walker found no point of positive density
   */
  public void initialise(Function<SplittableRandom, double[]> draw, int maxDraws) {
    double[][] start = new double[walkers][];
    double[] lp = new double[walkers];
    List<Integer> pending = new ArrayList<>();
    for (int k = 0; k < walkers; k++) {
      pending.add(k);
    }
    for (int attempt = 0; attempt < maxDraws && !pending.isEmpty(); attempt++) {
      pending = drawRound(draw, attempt, pending, start, lp);
    }
    if (!pending.isEmpty()) {
      throw new NoFiniteStartException(pending.size(), walkers, maxDraws);
    }
    setState(start, lp);
  }

  private List<Integer> drawRound(Function<SplittableRandom, double[]> draw, int attempt,
      List<Integer> pending, double[][] start, double[] lp) {
    double[][] points = new double[pending.size()][];
    int[] ids = pending.stream().mapToInt(Integer::intValue).toArray();
    for (int i = 0; i < ids.length; i++) {
      points[i] = draw.apply(Seeds.random(seed, INITIAL, ids[i], attempt));
    }
    double[] values = evaluator.evaluate(points, ids);
    List<Integer> still = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (values[i] > Double.NEGATIVE_INFINITY) {
        start[ids[i]] = points[i];
        lp[ids[i]] = values[i];
      } else {
        still.add(ids[i]);
      }
    }
    return still;
  }

  /** Moves every walker once: first half against the second, then the second against the first. */
  public void step() {
    if (positions == null) {
      throw new IllegalStateException("step before initialise");
    }
    int half = walkers / 2;
    updateHalf(0, half, half);
    updateHalf(half, 0, half);
    steps++;
  }

  private void updateHalf(int first, int complement, int half) {
    double[][] proposals = new double[half][];
    double[] logFactor = new double[half];
    double[] u = new double[half];
    double[][] others = new double[half][];
    System.arraycopy(positions, complement, others, 0, half);
    int[] ids = range(first, half);
    for (int i = 0; i < half; i++) {
      SplittableRandom r = Seeds.random(seed, MOVES, steps, ids[i]);
      EnsembleMove.Proposal p = move.propose(positions[ids[i]], others, r);
      proposals[i] = p.point();
      logFactor[i] = p.logFactor();
      u[i] = r.nextDouble();
    }
    double[] lp = evaluator.evaluate(proposals, ids);
    for (int i = 0; i < half; i++) {
      int k = ids[i];
      // NaN proposals compare false and are rejected.
      if (logFactor[i] + lp[i] - logDensities[k] > StrictMath.log(u[i])) {
        positions[k] = proposals[i];
        logDensities[k] = lp[i];
        accepted++;
      }
    }
    proposed += half;
  }

  /** A copy of the current walker positions. */
  public double[][] positions() {
    double[][] copy = new double[walkers][];
    for (int k = 0; k < walkers; k++) {
      copy[k] = positions[k].clone();
    }
    return copy;
  }

  /** A copy of the walkers' current log densities. */
  public double[] logDensities() {
    return logDensities.clone();
  }

  /** Appends the current state to {@code chain}. */
  public void record(Chain chain) {
    chain.append(positions, logDensities);
  }

  /** Steps taken since initialisation. */
  public long steps() {
    return steps;
  }

  /** The fraction of accepted proposals since initialisation (NaN before the first step). */
  public double acceptanceFraction() {
    return proposed == 0 ? Double.NaN : (double) accepted / proposed;
  }

  /** The number of walkers. */
  public int walkers() {
    return walkers;
  }

  /** Log-density evaluations so far, initialisation included. */
  public long evaluations() {
    return evaluator.evaluations();
  }

  private void setState(double[][] start, double[] lp) {
    positions = new double[walkers][];
    for (int k = 0; k < walkers; k++) {
      if (start[k].length != density.dimension()) {
        throw new InvalidParameterException("start point " + k, start[k].length + " coordinates",
            density.dimension() + " coordinates");
      }
      positions[k] = start[k].clone();
    }
    logDensities = lp.clone();
  }

  private static int[] range(int first, int count) {
    int[] r = new int[count];
    for (int i = 0; i < count; i++) {
      r[i] = first + i;
    }
    return r;
  }

  @Override
  public void close() {
    evaluator.close();
  }
}

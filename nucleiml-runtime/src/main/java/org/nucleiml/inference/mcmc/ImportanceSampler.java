package org.nucleiml.inference.mcmc;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;

/**
 * Self-normalised importance sampling of a target density p from draws x_i of a proposal q whose log
 * density is known up to a constant (an emulator posterior's chain with its log posterior): weights
 * w_i proportional to exp(log p(x_i) - log q(x_i)), then systematic resampling to as many equally
 * weighted draws, so the result is a plain sample of p that histograms and comparisons take as it is.
 *
 * <p>Why: a solver posterior under tight constraints needs tens of autocorrelation times of solver
 * evaluations by MCMC; reweighting a few thousand draws of a wider emulator posterior costs as many
 * solves and is exact for the target, as far as the proposal covers it. How far it does shows in the
 * Kish effective sample size (sum w)^2 / sum w^2 and the largest single weight.
 *
 * <p>Determinism: the target is evaluated through {@link ParallelEvaluator} (same values on any thread
 * count) in blocks whose points take the walker ids 0..block-1, so a backend's per-walker scratch is
 * reused block after block; the one uniform of the resampling comes from {@code Seeds.random(seed, 2,
 * 0, 0)}.
 */
public final class ImportanceSampler {

  private static final long RESAMPLING = 2;

  /**
   * The reweighted draws.
   *
   * @param logTarget log p at each draw (negative infinity where p is zero)
   * @param weights the normalised weights, summing to 1
   * @param kishEss (sum w)^2 / sum w^2
   * @param maxWeight the largest normalised weight
   * @param finite draws with a finite target density
   * @param resampled indices into the draws, ascending, one per output draw (repeats allowed)
   */
  public record Result(double[] logTarget, double[] weights, double kishEss, double maxWeight, int finite,
      int[] resampled) {}

  private ImportanceSampler() {}

  /**
   * Reweights {@code draws} of the proposal to {@code target}.
   *
   * @param target the target density; its per-walker state must cover {@code block} walkers
   * @param draws the proposal's draws [draw][coordinate]
   * @param logProposal log q at each draw, finite
   * @param seed the seed of the resampling uniform
   * @param threads worker threads for the target's evaluations
   * @param block points per evaluation call (and walker ids 0..block-1)
   * @param progress receives the number of draws evaluated after each block
   * @throws InvalidParameterException when no draw has a finite target density
   */
  public static Result run(LogDensity target, double[][] draws, double[] logProposal, long seed, int threads,
      int block, LongConsumer progress) {
    if (draws.length == 0 || draws.length != logProposal.length) {
      throw new IllegalArgumentException(draws.length + " draws, " + logProposal.length + " proposal densities");
    }
    Checks.positive("block", block);
    double[] logTarget = new double[draws.length];
    try (ParallelEvaluator evaluator = new ParallelEvaluator(target, threads)) {
      for (int from = 0; from < draws.length; from += block) {
        int to = Math.min(draws.length, from + block);
        int[] ids = new int[to - from];
        Arrays.setAll(ids, i -> i);
        double[] lp = evaluator.evaluate(Arrays.copyOfRange(draws, from, to), ids);
        System.arraycopy(lp, 0, logTarget, from, lp.length);
        progress.accept(to);
      }
    }
    return weigh(logTarget, logProposal, seed);
  }

  /** Weights, effective sample size and resampling from the two log densities at each draw. */
  static Result weigh(double[] logTarget, double[] logProposal, long seed) {
    int n = logTarget.length;
    double[] logWeight = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    int finite = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(logProposal[i])) {
        throw new InvalidParameterException("proposal draw " + i + " log density", logProposal[i], "a finite number");
      }
      // NaN (a failed evaluation) and -infinity both mean: the target gives this point no weight
      logWeight[i] = logTarget[i] > Double.NEGATIVE_INFINITY ? logTarget[i] - logProposal[i] : Double.NEGATIVE_INFINITY;
      if (logWeight[i] > Double.NEGATIVE_INFINITY) {
        finite++;
        max = Math.max(max, logWeight[i]);
      }
    }
    if (finite == 0) {
      throw new InvalidParameterException("importance draws", n + " draws of the proposal",
          "at least one with a finite target posterior (the proposal misses the target's support)");
    }
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = logWeight[i] > Double.NEGATIVE_INFINITY ? StrictMath.exp(logWeight[i] - max) : 0.0;
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
    }
    return new Result(logTarget.clone(), w, 1.0 / sumOfSquares(w), largest(w), finite, systematic(w, seed));
  }

  // Plain loops, one reduction each: JDK 17.0.15's C2 crashed (ShouldNotReachHere in TypeVect::xmeet)
  // compiling a loop that divided, summed squares and took Math.max in one pass.
  private static double sumOfSquares(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v * v;
    }
    return s;
  }

  private static double largest(double[] w) {
    double m = 0;
    for (double v : w) {
      if (v > m) {
        m = v;
      }
    }
    return m;
  }

  /** Systematic resampling: n points u_j = (j + u) / n against the cumulative weights. */
  static int[] systematic(double[] w, long seed) {
    int n = w.length;
    SplittableRandom r = Seeds.random(seed, RESAMPLING, 0, 0);
    double u = r.nextDouble();
    int lastWeighted = n - 1;
    while (w[lastWeighted] == 0) {
      lastWeighted--;
    }
    int[] out = new int[n];
    double cumulative = w[0];
    int i = 0;
    for (int j = 0; j < n; j++) {
      double level = (j + u) / n;
      // "<=" so a level on a step of the cumulative sum never picks a draw of weight 0; rounding can
      // leave the total just below 1, so the last levels fall back to the last weighted draw
      while (cumulative <= level && i < lastWeighted) {
        i++;
        cumulative += w[i];
      }
      out[j] = i;
    }
    return out;
  }
}

package org.nucleiml.inference.mcmc;

import java.util.SplittableRandom;
import org.nucleiml.Checks;
import org.nucleiml.StandardNormal;

/**
 * The differential-evolution move (ter Braak 2006; emcee's DEMove): Y = X + gamma (X_j - X_k) + e,
 * with two distinct walkers j, k of the complementary half and e a tiny Gaussian jitter. The
 * proposal is symmetric, so it is accepted with probability min(1, p(Y)/p(X)).
 *
 * <p>Why it is here: the stretch move mixes slowly along directions the data leave almost
 * unconstrained inside a bounded prior (tau of about 300 steps on the study's posterior); difference
 * vectors of the ensemble follow such directions with the ensemble's own scale.
 *
 * <pre>C. J. F. ter Braak, Stat. Comput. 16, 239 (2006); emcee 3, emcee.moves.DEMove.</pre>
 *
 * @param gamma the scale of the difference vector, > 0; 2.38 / sqrt(2 d) is optimal for Gaussians
 * @param jitter the standard deviation of the jitter added to every coordinate, >= 0
 */
public record DifferentialEvolutionMove(double gamma, double jitter) implements EnsembleMove {

  /** emcee's jitter. */
  public static final double DEFAULT_JITTER = 1e-5;

  /** Requires gamma > 0 and jitter >= 0. */
  public DifferentialEvolutionMove {
    Checks.positive("differential evolution gamma", gamma);
    Checks.nonNegative("differential evolution jitter", jitter);
  }

  /** The Gaussian-optimal scale 2.38 / sqrt(2 d) for a d-dimensional target, emcee's jitter. */
  public static DifferentialEvolutionMove forDimension(int dimension) {
    Checks.positive("dimension", dimension);
    return new DifferentialEvolutionMove(2.38 / Math.sqrt(2.0 * dimension), DEFAULT_JITTER);
  }

  @Override
  public Proposal propose(double[] walker, double[][] complement, SplittableRandom random) {
    int n = complement.length;
    int j = random.nextInt(n);
    int k = random.nextInt(n - 1);
    if (k >= j) {
      k++;
    }
    double e = jitter * StandardNormal.draw(random);
    double[] y = new double[walker.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = walker[i] + gamma * (complement[j][i] - complement[k][i]) + e;
    }
    return new Proposal(y, 0.0);
  }
}

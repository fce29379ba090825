package org.nucleiml.inference.mcmc;

import java.util.SplittableRandom;
import org.nucleiml.Checks;

/**
 * The stretch move of Goodman and Weare (2010): Y = X_j + z (X_k - X_j) with z drawn from
 * g(z) ~ 1/sqrt(z) on [1/a, a], accepted with probability min(1, z^(d-1) p(Y)/p(X_k)).
 *
 * <pre>J. Goodman, J. Weare, Commun. Appl. Math. Comput. Sci. 5, 65 (2010).</pre>
 *
 * @param a the scale parameter, > 1 (2 in the paper and in emcee)
 */
public record StretchMove(double a) implements EnsembleMove {

  /** The usual scale, a = 2. */
  public static final StretchMove DEFAULT = new StretchMove(2.0);

  /** Requires a > 1. */
  public StretchMove {
    Checks.positive("stretch scale a - 1", a - 1);
  }

  /** Draws z by inverting the CDF of g: z = ((a - 1) u + 1)^2 / a. */
  public double drawZ(SplittableRandom random) {
    double s = (a - 1) * random.nextDouble() + 1;
    return s * s / a;
  }

  /** The proposal X_j + z (X_k - X_j). */
  public double[] propose(double[] xk, double[] xj, double z) {
    double[] y = new double[xk.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = xj[i] + z * (xk[i] - xj[i]);
    }
    return y;
  }

  /** Draws z, then the partner from the complement; the factor is z^(d-1). */
  @Override
  public Proposal propose(double[] walker, double[][] complement, SplittableRandom random) {
    double z = drawZ(random);
    double[] partner = complement[random.nextInt(complement.length)];
    return new Proposal(propose(walker, partner, z), (walker.length - 1) * StrictMath.log(z));
  }

  /** The Metropolis decision in logs, for a uniform u in [0, 1); NaN proposals are rejected. */
  public boolean accept(double z, int dimension, double logNew, double logOld, double u) {
    double logRatio = (dimension - 1) * StrictMath.log(z) + logNew - logOld;
    return logRatio > StrictMath.log(u);
  }
}

package org.nucleiml.study.chart;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * One radial profile of a chart under the compression of the spec's section 5.8 ([S002] Eq. (9)): every
 * single-particle wave function R(r) of the species becomes k^(3/2) R(k r) (the norm ∫R²r²dr kept), so
 * exactly ρ^k(r) = k³ρ(kr), τ^k(r) = k⁵τ(kr), J^k(r) = k⁴J(kr) and the rms radius becomes R/k. The
 * stored profile (radii r_j = h·j, j = 1..points, as densities.bin) is interpolated by a natural cubic
 * spline (Commons Math) through the profile mirrored to negative radii with the channel's parity (ρ and τ
 * are even in r, J is odd: it vanishes like r at the centre), so k r below the first radius needs no
 * extrapolation; beyond the last radius (k > 1) the value is 0, as the solver's box is. At k = 1 the
 * stored values come back exactly (a spline reproduces its knots).
 */
public final class ProfileCompression {

  /** The three profiles of a species, with the power of k of their scaling and their parity in r. */
  public enum Channel {
    /** ρ(r): k³, even. */
    RHO(3, true),
    /** τ(r): k⁵, even. */
    TAU(5, true),
    /** J(r): k⁴, odd. */
    SPIN_ORBIT(4, false);

    private final int power;
    private final boolean even;

    Channel(int power, boolean even) {
      this.power = power;
      this.even = even;
    }

    /** The power p of ρ^k(r) = k^p ρ(kr). */
    public int power() {
      return power;
    }
  }

  private final Channel channel;
  private final double meshStepFm;
  private final int points;
  private final PolynomialSplineFunction spline;

  private ProfileCompression(Channel channel, double meshStepFm, int points, PolynomialSplineFunction spline) {
    this.channel = channel;
    this.meshStepFm = meshStepFm;
    this.points = points;
    this.spline = spline;
  }

  /**
   * The compression of {@code profile}, stored at r_j = meshStepFm·(j + 1), j = 0..length−1.
   *
   * @param channel which density the profile is (sets the power of k and the parity)
   * @param meshStepFm the grid step h, fm, > 0
   * @param profile the stored values, at least 3
   */
  public static ProfileCompression of(Channel channel, double meshStepFm, double[] profile) {
    Checks.positive("mesh step (fm)", meshStepFm);
    int n = profile.length;
    if (n < 3) {
      throw new InvalidParameterException("profile points", n, "at least 3 radii");
    }
    double[] x = new double[2 * n];
    double[] y = new double[2 * n];
    for (int j = 0; j < n; j++) {
      double r = meshStepFm * (j + 1);
      x[n - 1 - j] = -r;
      y[n - 1 - j] = channel.even ? profile[j] : -profile[j];
      x[n + j] = r;
      y[n + j] = profile[j];
    }
    return new ProfileCompression(channel, meshStepFm, n, new SplineInterpolator().interpolate(x, y));
  }

  /** k^p f(k r_j) on the stored radii r_j (0 where k r_j lies beyond the last radius). */
  public double[] compressed(double k) {
    Checks.positive("compression factor k", k);
    double scale = StrictMath.pow(k, channel.power);
    double last = meshStepFm * points;
    double[] out = new double[points];
    for (int j = 0; j < points; j++) {
      double r = k * (meshStepFm * (j + 1));
      out[j] = r > last ? 0.0 : scale * spline.value(r);
    }
    return out;
  }
}

package org.nucleiml.physics.nucleus;

/**
 * Fourth-order Runge-Kutta integration of the radial Dirac equation on the uniform mesh (see
 * {@link DiracSolver} for the equation; energies here in fm^-1). The step loops are written out by
 * hand with scalar temporaries because they are the solver's innermost loops: no allocation, no
 * calls. Holds the matching data of the last {@link #shoot}.
 */
final class RungeKutta {

  private static final double HUGE = 1e150;

  private final RadialGrid grid;
  private final double[] aFull;
  private final double[] bFull;
  private final double[] aHalf;
  private final double[] bHalf;
  private final double[] startValues = new double[2];
  private int match;
  private double outG;
  private double outF;
  private double inG;
  private double inF;
  private double outNorm;
  private double inNorm;

  RungeKutta(RadialGrid grid, double[] aFull, double[] bFull, double[] aHalf, double[] bHalf) {
    this.grid = grid;
    this.aFull = aFull;
    this.bFull = bFull;
    this.aHalf = aHalf;
    this.bHalf = bHalf;
  }

  /** Nodes of G integrating outward over the whole box (rescaled, values not kept). */
  int outwardNodes(int kappa, double e) {
    double[] gf = startValues;
    start(kappa, e, gf);
    double g = gf[0];
    double f = gf[1];
    int nodes = 0;
    double h = grid.h;
    for (int i = 1; i < grid.n; i++) {
      double prev = g;
      // one RK4 step from r_i to r_{i+1} (same stages as in outward())
      double k0 = kappa * grid.invR[i];
      double kh = kappa * grid.invRHalf[i];
      double k1 = kappa * grid.invR[i + 1];
      double a0 = e + aFull[i];
      double b0 = e - bFull[i];
      double ah = e + aHalf[i];
      double bh = e - bHalf[i];
      double a1 = e + aFull[i + 1];
      double b1 = e - bFull[i + 1];
      double g1 = -k0 * g + a0 * f;
      double f1 = k0 * f - b0 * g;
      double gt = g + 0.5 * h * g1;
      double ft = f + 0.5 * h * f1;
      double g2 = -kh * gt + ah * ft;
      double f2 = kh * ft - bh * gt;
      gt = g + 0.5 * h * g2;
      ft = f + 0.5 * h * f2;
      double g3 = -kh * gt + ah * ft;
      double f3 = kh * ft - bh * gt;
      gt = g + h * g3;
      ft = f + h * f3;
      double g4 = -k1 * gt + a1 * ft;
      double f4 = k1 * ft - b1 * gt;
      g += h / 6.0 * (g1 + 2 * g2 + 2 * g3 + g4);
      f += h / 6.0 * (f1 + 2 * f2 + 2 * f3 + f4);
      if ((g > 0) != (prev > 0)) {
        nodes++;
      }
      if (Math.abs(g) > HUGE || Math.abs(f) > HUGE) {
        g /= HUGE;
        f /= HUGE;
      }
    }
    return nodes;
  }

  /**
   * Integrates inward from the box edge to {@code matchIndex} and outward from r = h to it, into g
   * and f (unnormalised; the inward part scaled to continue the outward G, or F near a node of G).
   *
   * @return the number of nodes of G in (0, R)
   */
  int shoot(int kappa, double e, int matchIndex, double[] g, double[] f) {
    match = matchIndex;
    int nodes = inward(kappa, e, g, f);
    inG = g[match];
    inF = f[match];
    nodes += outward(kappa, e, g, f);
    outG = g[match];
    outF = f[match];
    double t = useG() ? outG / inG : outF / inF;
    double inSum = 0;
    for (int i = match + 1; i <= grid.n; i++) {
      g[i] *= t;
      f[i] *= t;
      inSum += g[i] * g[i] + f[i] * f[i];
    }
    inNorm = inSum * grid.h;
    inG *= t;
    inF *= t;
    return nodes;
  }

  /** Newton correction of the energy (fm^-1) from the mismatch at the matching point. */
  double newtonCorrection() {
    double norm = outNorm + inNorm;
    return useG() ? outG * (outF - inF) / norm : -outF * (outG - inG) / norm;
  }

  /** Scales g and f to unit norm. */
  void normalise(double[] g, double[] f) {
    double s = 1.0 / Math.sqrt(outNorm + inNorm);
    g[0] = 0;
    f[0] = 0;
    for (int i = 1; i <= grid.n; i++) {
      g[i] *= s;
      f[i] *= s;
    }
  }

  private boolean useG() {
    return Math.abs(outG) >= Math.abs(outF);
  }

  /** The regular solution at r = h from the leading term of its power series. */
  private void start(int kappa, double e, double[] gf) {
    double h = grid.h;
    if (kappa < 0) {
      double g = StrictMath.pow(h, -kappa);
      gf[0] = g;
      gf[1] = g * h * (e - bFull[0]) / (2 * kappa - 1);
    } else {
      double f = StrictMath.pow(h, kappa);
      gf[1] = f;
      gf[0] = f * h * (e + aFull[0]) / (2 * kappa + 1);
    }
  }

  private int outward(int kappa, double e, double[] gArr, double[] fArr) {
    double[] gf = startValues;
    start(kappa, e, gf);
    double g = gf[0];
    double f = gf[1];
    gArr[1] = g;
    fArr[1] = f;
    double sum = g * g + f * f;
    int nodes = 0;
    double h = grid.h;
    for (int i = 1; i < match; i++) {
      double prev = g;
      double k0 = kappa * grid.invR[i];
      double kh = kappa * grid.invRHalf[i];
      double k1 = kappa * grid.invR[i + 1];
      double a0 = e + aFull[i];
      double b0 = e - bFull[i];
      double ah = e + aHalf[i];
      double bh = e - bHalf[i];
      double a1 = e + aFull[i + 1];
      double b1 = e - bFull[i + 1];
      double g1 = -k0 * g + a0 * f;
      double f1 = k0 * f - b0 * g;
      double gt = g + 0.5 * h * g1;
      double ft = f + 0.5 * h * f1;
      double g2 = -kh * gt + ah * ft;
      double f2 = kh * ft - bh * gt;
      gt = g + 0.5 * h * g2;
      ft = f + 0.5 * h * f2;
      double g3 = -kh * gt + ah * ft;
      double f3 = kh * ft - bh * gt;
      gt = g + h * g3;
      ft = f + h * f3;
      double g4 = -k1 * gt + a1 * ft;
      double f4 = k1 * ft - b1 * gt;
      g += h / 6.0 * (g1 + 2 * g2 + 2 * g3 + g4);
      f += h / 6.0 * (f1 + 2 * f2 + 2 * f3 + f4);
      gArr[i + 1] = g;
      fArr[i + 1] = f;
      sum += g * g + f * f;
      if ((g > 0) != (prev > 0)) {
        nodes++;
      }
      if (Math.abs(g) > HUGE) {
        sum = rescale(gArr, fArr, 1, i + 1, sum);
        g = gArr[i + 1];
        f = fArr[i + 1];
      }
    }
    outNorm = sum * h;
    return nodes;
  }

  private int inward(int kappa, double e, double[] gArr, double[] fArr) {
    int n = grid.n;
    double d = e - bFull[n];
    double c = e + aFull[n];
    double k = Math.sqrt(Math.max(1e-8, -d * c));
    double g = 1e-30;
    double f = g * (-k + kappa * grid.invR[n]) / c;
    gArr[n] = g;
    fArr[n] = f;
    int nodes = 0;
    double h = -grid.h;
    for (int i = n; i > match; i--) {
      double prev = g;
      double k0 = kappa * grid.invR[i];
      double kh = kappa * grid.invRHalf[i - 1];
      double k1 = kappa * grid.invR[i - 1];
      double a0 = e + aFull[i];
      double b0 = e - bFull[i];
      double ah = e + aHalf[i - 1];
      double bh = e - bHalf[i - 1];
      double a1 = e + aFull[i - 1];
      double b1 = e - bFull[i - 1];
      double g1 = -k0 * g + a0 * f;
      double f1 = k0 * f - b0 * g;
      double gt = g + 0.5 * h * g1;
      double ft = f + 0.5 * h * f1;
      double g2 = -kh * gt + ah * ft;
      double f2 = kh * ft - bh * gt;
      gt = g + 0.5 * h * g2;
      ft = f + 0.5 * h * f2;
      double g3 = -kh * gt + ah * ft;
      double f3 = kh * ft - bh * gt;
      gt = g + h * g3;
      ft = f + h * f3;
      double g4 = -k1 * gt + a1 * ft;
      double f4 = k1 * ft - b1 * gt;
      g += h / 6.0 * (g1 + 2 * g2 + 2 * g3 + g4);
      f += h / 6.0 * (f1 + 2 * f2 + 2 * f3 + f4);
      gArr[i - 1] = g;
      fArr[i - 1] = f;
      if ((g > 0) != (prev > 0)) {
        nodes++;
      }
      if (Math.abs(g) > HUGE) {
        rescale(gArr, fArr, i - 1, n, 0);
        g = gArr[i - 1];
        f = fArr[i - 1];
      }
    }
    return nodes;
  }

  private static double rescale(double[] g, double[] f, int from, int to, double sum) {
    for (int j = from; j <= to; j++) {
      g[j] /= HUGE;
      f[j] /= HUGE;
    }
    return sum / HUGE / HUGE;
  }
}

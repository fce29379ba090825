package org.nucleiml.emulator.network;

/**
 * The error function and its complement by W. J. Cody's rational Chebyshev approximations, in
 * double precision with only +, -, x, / and {@code StrictMath.exp}, so every platform gives the same
 * bits (the exact GELU depends on it). Maximal relative error about 1e-16 in each of the three ranges.
 *
 * <pre>
 * W. J. Cody, "Rational Chebyshev approximations for the error function",
 * Math. Comp. 23 (1969) 631-637; coefficients as in Cody's Fortran CALERF (Netlib specfun).
 * </pre>
 */
public final class Erf {

  private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
      3.20937758913846947e03, 1.85777706184603153e-1};
  private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
      2.84423683343917062e03};
  private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
      2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
      1.23033935479799725e03, 2.15311535474403846e-8};
  private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
      1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
      1.23033935480374942e03};
  private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
      1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
  private static final double[] Q = {2.56852019228982242e00, 1.87295284992346725e00, 5.27905102951428412e-1,
      6.05183413124413191e-2, 2.33520497626869185e-3};
  /** 1 / sqrt(pi). */
  private static final double SQRT_PI_INVERSE = 5.6418958354775628695e-1;
  /** Below this, x^2 underflows to irrelevance in the small-argument form. */
  private static final double X_SMALL = 1.11e-16;
  /** Beyond this, erfc(x) underflows to zero in double precision. */
  private static final double X_BIG = 26.543;
  private static final double THRESHOLD = 0.46875;

  private Erf() {}

  /** erf(x); odd, erf(+-inf) = +-1, NaN for NaN. */
  public static double erf(double x) {
    double y = Math.abs(x);
    if (y <= THRESHOLD) {
      return small(x);
    }
    double result = (0.5 - complementOfAbs(y)) + 0.5;
    return x < 0 ? -result : result;
  }

  /** erfc(x) = 1 - erf(x), accurate also where it is tiny (x large). */
  public static double erfc(double x) {
    double y = Math.abs(x);
    if (y <= THRESHOLD) {
      return (0.5 - small(x)) + 0.5;
    }
    double result = complementOfAbs(y);
    return x < 0 ? 2.0 - result : result;
  }

  /** erf(x) for |x| <= 0.46875. */
  private static double small(double x) {
    double y = Math.abs(x);
    double ysq = y > X_SMALL ? x * x : 0.0;
    double num = A[4] * ysq;
    double den = ysq;
    for (int i = 0; i < 3; i++) {
      num = (num + A[i]) * ysq;
      den = (den + B[i]) * ysq;
    }
    return x * (num + A[3]) / (den + B[3]);
  }

  /** erfc(y) for y > 0.46875 (NaN stays NaN). */
  private static double complementOfAbs(double y) {
    if (y >= X_BIG) {
      return 0.0;
    }
    double scaled;
    if (y <= 4.0) {
      double num = C[8] * y;
      double den = y;
      for (int i = 0; i < 7; i++) {
        num = (num + C[i]) * y;
        den = (den + D[i]) * y;
      }
      scaled = (num + C[7]) / (den + D[7]);
    } else {
      double ysq = 1.0 / (y * y);
      double num = P[5] * ysq;
      double den = ysq;
      for (int i = 0; i < 4; i++) {
        num = (num + P[i]) * ysq;
        den = (den + Q[i]) * ysq;
      }
      scaled = (SQRT_PI_INVERSE - ysq * (num + P[4]) / (den + Q[4])) / y;
    }
    // exp(-y^2) split as exp(-r^2) exp(-(y - r)(y + r)), r = y rounded down to 1/16: Cody's guard
    // against the rounding error of y^2 being magnified by the exponential.
    double r = (double) (long) (y * 16.0) / 16.0;
    double del = (y - r) * (y + r);
    return StrictMath.exp(-r * r) * StrictMath.exp(-del) * scaled;
  }
}

package org.nucleiml.validation;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Accuracy of predictions of one observable on a set of points, with the relative error
 * dX/X = (true - predicted) / true as a fraction (0.01 = 1 %), except MAPE which is in percent.
 *
 * @param n the number of points
 * @param r2 1 - SS_res / SS_tot with SS_tot about the mean of the true values; NaN when n < 2 or
 *     all true values are equal
 * @param rmse the root mean square of (true - predicted), in the observable's unit
 * @param mapePercent 100 times the mean of |dX/X|
 * @param relErrorMean the mean of dX/X (positive: the emulator under-predicts)
 * @param relErrorSigma the sample standard deviation (n - 1) of dX/X; NaN when n < 2
 * @param relErrorLow95 the 2.5 % quantile of dX/X
 * @param relErrorHigh95 the 97.5 % quantile of dX/X
 * @param absRelErrorP95 the 95 % quantile of |dX/X|
 * @param within1pct the fraction of points with |dX/X| <= 0.01
 * @param within5pct the fraction of points with |dX/X| <= 0.05
 * @param coverage68 the fraction of points whose true value lies in the emulator's central 68% interval
 *     mean +- z68 sigma; NaN without the emulator's sigma
 * @param coverage95 the same for the central 95% interval mean +- z95 sigma; NaN without sigma
 */
public record RegressionMetrics(int n, double r2, double rmse, double mapePercent, double relErrorMean,
    double relErrorSigma, double relErrorLow95, double relErrorHigh95, double absRelErrorP95,
    double within1pct, double within5pct, double coverage68, double coverage95) {

  /** z of the central 68% interval of a normal distribution: Phi^-1(0.84). */
  public static final double Z68 = 0.9944578832097528;
  /** z of the central 95% interval: Phi^-1(0.975). */
  public static final double Z95 = 1.9599639845400536;

  /**
   * The metrics of {@code predicted} against {@code truth}.
   *
   * @throws InvalidParameterException when the arrays differ in length or are empty, a value is not
   *     finite, or a true value is zero
   */
  public static RegressionMetrics of(double[] truth, double[] predicted) {
    return of(truth, predicted, null);
  }

  /**
   * The metrics of {@code predicted} against {@code truth} with the emulator's standard deviations
   * {@code sigma} (null: no coverage). A point is inside an interval when |t - p| <= z sigma.
   *
   * @throws InvalidParameterException as {@link #of(double[], double[])}, or when a sigma is missing
   */
  public static RegressionMetrics of(double[] truth, double[] predicted, double[] sigma) {
    check(truth, predicted);
    if (sigma != null && sigma.length != truth.length) {
      throw new InvalidParameterException("sigmas", sigma.length + " values", truth.length + " values, one per point");
    }
    double[] rel = new double[truth.length];
    double[] abs = new double[truth.length];
    double squares = 0;
    for (int i = 0; i < truth.length; i++) {
      double d = truth[i] - predicted[i];
      squares += d * d;
      rel[i] = d / truth[i];
      abs[i] = Math.abs(rel[i]);
    }
    double[] relSorted = Quantiles.sorted(rel);
    double[] absSorted = Quantiles.sorted(abs);
    return new RegressionMetrics(truth.length, r2(truth, squares), Math.sqrt(squares / truth.length),
        100 * mean(abs), mean(rel), sigma(rel), Quantiles.ofSorted(relSorted, 0.025),
        Quantiles.ofSorted(relSorted, 0.975), Quantiles.ofSorted(absSorted, 0.95),
        fractionAtMost(absSorted, 0.01), fractionAtMost(absSorted, 0.05), coverage(truth, predicted, sigma, Z68),
        coverage(truth, predicted, sigma, Z95));
  }

  private static double coverage(double[] truth, double[] predicted, double[] sigma, double z) {
    if (sigma == null) {
      return Double.NaN;
    }
    int inside = 0;
    for (int i = 0; i < truth.length; i++) {
      if (Math.abs(truth[i] - predicted[i]) <= z * sigma[i]) {
        inside++;
      }
    }
    return (double) inside / truth.length;
  }

  private static double r2(double[] truth, double residualSquares) {
    double mean = mean(truth);
    double total = 0;
    for (double t : truth) {
      total += (t - mean) * (t - mean);
    }
    return truth.length < 2 || total == 0 ? Double.NaN : 1 - residualSquares / total;
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  private static double sigma(double[] x) {
    if (x.length < 2) {
      return Double.NaN;
    }
    double mean = mean(x);
    double sum = 0;
    for (double v : x) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / (x.length - 1));
  }

  // The tolerance absorbs the rounding of (t - p) / t so that a prediction exactly 1 % off counts as within 1 %.
  private static double fractionAtMost(double[] sorted, double limit) {
    int count = 0;
    while (count < sorted.length && sorted[count] <= limit * (1 + 1e-12)) {
      count++;
    }
    return (double) count / sorted.length;
  }

  private static void check(double[] truth, double[] predicted) {
    if (truth.length == 0 || truth.length != predicted.length) {
      throw new InvalidParameterException("predicted values", predicted.length + " values",
          truth.length + " values, as many as true values (and at least one)");
    }
    for (int i = 0; i < truth.length; i++) {
      if (!Double.isFinite(truth[i]) || truth[i] == 0) {
        throw new InvalidParameterException("true values[" + i + "]", truth[i], "a finite non-zero number");
      }
      Checks.finite("predicted values[" + i + "]", predicted[i]);
    }
  }
}

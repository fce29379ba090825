package org.nucleiml.validation;

import java.util.Arrays;
import java.util.Comparator;
import org.nucleiml.InvalidParameterException;

/**
 * Scores of the classifier's predicted probability of the admissible class, independent of the 0.5
 * decision threshold that accuracy and F1 use.
 *
 * @param rocAuc the area under the ROC curve: the probability that a random admissible point gets a
 *     higher score than a random non-admissible one (ties count 1/2); NaN when a class is absent
 * @param brierScore the mean of (p - y)^2 with y = 1 for admissible points, 0 otherwise
 */
public record ProbabilityScores(double rocAuc, double brierScore) {

  /**
   * The scores of probabilities {@code p} against the truth {@code positive[i]} (true for admissible).
   *
   * @throws InvalidParameterException when a probability is outside [0, 1] or the lengths differ
   */
  public static ProbabilityScores of(double[] p, boolean[] positive) {
    if (p.length != positive.length || p.length == 0) {
      throw new InvalidParameterException("probabilities", p.length + " values",
          positive.length + " values, one per true label (and at least one)");
    }
    double brier = 0;
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new InvalidParameterException("probabilities[" + i + "]", p[i], "a probability in [0, 1]");
      }
      double y = positive[i] ? 1 : 0;
      brier += (p[i] - y) * (p[i] - y);
    }
    return new ProbabilityScores(rocAuc(p, positive), brier / p.length);
  }

  // Mann-Whitney U statistic over mid-ranks, so tied scores contribute 1/2 as in the ROC definition.
  private static double rocAuc(double[] p, boolean[] positive) {
    Integer[] order = new Integer[p.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double rankSumPositive = 0;
    long nPositive = 0;
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && p[order[end + 1]] == p[order[start]]) {
        end++;
      }
      double midRank = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        if (positive[order[k]]) {
          rankSumPositive += midRank;
          nPositive++;
        }
      }
      start = end + 1;
    }
    long nNegative = p.length - nPositive;
    if (nPositive == 0 || nNegative == 0) {
      return Double.NaN;
    }
    return (rankSumPositive - nPositive * (nPositive + 1) / 2.0) / ((double) nPositive * nNegative);
  }
}

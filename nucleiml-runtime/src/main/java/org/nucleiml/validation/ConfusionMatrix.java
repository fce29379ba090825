package org.nucleiml.validation;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/** Counts of (true class, predicted class) pairs; rows are true classes, columns predicted ones. */
public final class ConfusionMatrix {

  private final List<String> labels;
  private final long[][] counts;

  /**
   * @param labels The class names, in row and column order.
   * @param counts The square table of non-negative counts, {@code counts[true][predicted]}.
   */
  public ConfusionMatrix(List<String> labels, long[][] counts) {
    this.labels = List.copyOf(labels);
    this.counts = new long[labels.size()][];
    if (counts.length != labels.size()) {
      throw new InvalidParameterException("confusion matrix rows", counts.length, labels.size() + " (one per label)");
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != labels.size()) {
        throw new InvalidParameterException("confusion matrix row " + i, counts[i].length + " columns",
            labels.size() + " columns (one per label)");
      }
      for (long c : counts[i]) {
        if (c < 0) {
          throw new InvalidParameterException("confusion matrix count", c, "a count >= 0");
        }
      }
      this.counts[i] = counts[i].clone();
    }
  }

  /** Tallies the predictions. */
  public static ConfusionMatrix of(LabelledPredictions predictions) {
    int k = predictions.labels().size();
    long[][] c = new long[k][k];
    int[] truth = predictions.truth();
    int[] predicted = predictions.predicted();
    for (int i = 0; i < truth.length; i++) {
      c[truth[i]][predicted[i]]++;
    }
    return new ConfusionMatrix(predictions.labels(), c);
  }

  /** The class names, in row and column order. */
  public List<String> labels() {
    return labels;
  }

  /** The number of points of true class {@code t} predicted as class {@code p}. */
  public long count(int t, int p) {
    return counts[t][p];
  }

  /** All counts, {@code [true][predicted]}, as a copy. */
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** The number of points. */
  public long total() {
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += trueTotal(i);
    }
    return sum;
  }

  /** The number of points whose true class is {@code t} (the class's support). */
  public long trueTotal(int t) {
    long sum = 0;
    for (long c : counts[t]) {
      sum += c;
    }
    return sum;
  }

  /** The number of points predicted as class {@code p}. */
  public long predictedTotal(int p) {
    long sum = 0;
    for (long[] row : counts) {
      sum += row[p];
    }
    return sum;
  }

  /** The fraction of points on the diagonal; NaN for an empty matrix. */
  public double accuracy() {
    long correct = 0;
    for (int i = 0; i < counts.length; i++) {
      correct += counts[i][i];
    }
    return ratio(correct, total());
  }

  /** TP / (TP + FP) of class {@code c}; NaN when the class is never predicted. */
  public double precision(int c) {
    return ratio(counts[c][c], predictedTotal(c));
  }

  /** TP / (TP + FN) of class {@code c}; NaN when the class never occurs. */
  public double recall(int c) {
    return ratio(counts[c][c], trueTotal(c));
  }

  /**
   * 2 TP / (2 TP + FP + FN) of class {@code c}, the harmonic mean of precision and recall written so
   * that it is 0 (not undefined) for a class that occurs but is never predicted correctly.
   */
  public double f1(int c) {
    // 2 TP + FP + FN = (TP + FP) + (TP + FN).
    return ratio(2 * counts[c][c], predictedTotal(c) + trueTotal(c));
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}

package org.nucleiml.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Accuracy, per-class precision / recall / F1 and macro-averaged F1 of one classifier on one sample.
 *
 * @param matrix the confusion matrix the metrics are computed from
 * @param accuracy the fraction of correctly classified points
 * @param perClass the metrics of each class, in label order
 * @param macroF1 the unweighted mean of the defined per-class F1 values
 */
public record ClassificationMetrics(ConfusionMatrix matrix, double accuracy, List<ClassMetrics> perClass,
    double macroF1) {

  /** Copies the per-class list. */
  public ClassificationMetrics {
    perClass = List.copyOf(perClass);
  }

  /** The metrics of the given predictions. */
  public static ClassificationMetrics of(LabelledPredictions predictions) {
    return of(ConfusionMatrix.of(predictions));
  }

  /** The metrics read off a confusion matrix. */
  public static ClassificationMetrics of(ConfusionMatrix m) {
    List<ClassMetrics> perClass = new ArrayList<>();
    double f1Sum = 0;
    int defined = 0;
    for (int c = 0; c < m.labels().size(); c++) {
      ClassMetrics cm = new ClassMetrics(m.labels().get(c), m.precision(c), m.recall(c), m.f1(c), m.trueTotal(c));
      perClass.add(cm);
      if (!Double.isNaN(cm.f1())) {
        f1Sum += cm.f1();
        defined++;
      }
    }
    return new ClassificationMetrics(m, m.accuracy(), perClass, defined == 0 ? Double.NaN : f1Sum / defined);
  }

  /** The metrics of the class named {@code label}, or null when there is no such class. */
  public ClassMetrics forLabel(String label) {
    return perClass.stream().filter(c -> c.label().equals(label)).findFirst().orElse(null);
  }
}

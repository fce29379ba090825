package org.nucleiml.validation;

import java.util.HashSet;
import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * True and predicted classes of one classifier on one sample, as indices into an ordered label list.
 *
 * @param labels the class names in report order, e.g. ["admissible", "non_admissible"]
 * @param truth the true class index of each point
 * @param predicted the predicted class index of each point
 */
public record LabelledPredictions(List<String> labels, int[] truth, int[] predicted) {

  /** Validates distinct labels, equal non-zero lengths and indices in range; copies the arrays. */
  public LabelledPredictions {
    labels = List.copyOf(labels);
    if (labels.size() < 2 || new HashSet<>(labels).size() != labels.size()
        || labels.stream().anyMatch(String::isBlank)) {
      throw new InvalidParameterException("labels", labels, "at least two distinct non-blank labels");
    }
    truth = truth.clone();
    predicted = predicted.clone();
    if (truth.length == 0 || truth.length != predicted.length) {
      throw new InvalidParameterException("predicted labels", predicted.length + " values",
          truth.length + " values, as many as true labels (and at least one)");
    }
    checkIndices("true labels", truth, labels.size());
    checkIndices("predicted labels", predicted, labels.size());
  }

  /**
   * Builds predictions from label names.
   *
   * @throws InvalidParameterException when a name is not in {@code labels}
   */
  public static LabelledPredictions of(List<String> labels, List<String> truth, List<String> predicted) {
    return new LabelledPredictions(labels, indices("true labels", truth, labels),
        indices("predicted labels", predicted, labels));
  }

  /** The number of points. */
  public int size() {
    return truth.length;
  }

  @Override
  public int[] truth() {
    return truth.clone();
  }

  @Override
  public int[] predicted() {
    return predicted.clone();
  }

  private static int[] indices(String name, List<String> values, List<String> labels) {
    int[] result = new int[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = labels.indexOf(values.get(i));
      if (result[i] < 0) {
        throw new InvalidParameterException(name + "[" + i + "]", "'" + values.get(i) + "'",
            "one of " + labels);
      }
    }
    return result;
  }

  private static void checkIndices(String name, int[] values, int classes) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] >= classes) {
        throw new InvalidParameterException(name + "[" + i + "]", values[i],
            "a class index in [0, " + (classes - 1) + "]");
      }
    }
  }
}

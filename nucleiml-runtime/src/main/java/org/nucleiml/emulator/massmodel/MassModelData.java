package org.nucleiml.emulator.massmodel;

import java.util.BitSet;
import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * The matrices a mass model is trained on: one row per nucleus, named feature and output columns, and
 * the rows used for the gradient (train) and for model selection (validation). Test rows are simply
 * left out of both. Arrays are copied.
 *
 * @param featureNames one name per feature column
 * @param outputNames one name per target column (1 for a direct fit, 3 for [S003] Methods II and III)
 * @param features rows x features, finite
 * @param targets rows x outputs in physical units (MeV), finite
 * @param trainRows the rows in the gradient, distinct, not empty
 * @param validationRows the rows for model selection, distinct, disjoint from the training rows, not empty
 */
public record MassModelData(List<String> featureNames, List<String> outputNames, double[][] features,
    double[][] targets, int[] trainRows, int[] validationRows) {

  /** Validates shapes, values and row sets. */
  public MassModelData {
    featureNames = List.copyOf(featureNames);
    outputNames = List.copyOf(outputNames);
    if (featureNames.isEmpty() || outputNames.isEmpty()) {
      throw new InvalidParameterException("feature/output names", featureNames + " / " + outputNames,
          "at least one feature and one output");
    }
    features = copy("features", features, featureNames.size());
    targets = copy("targets", targets, outputNames.size());
    if (targets.length != features.length) {
      throw new InvalidParameterException("targets", targets.length + " rows", features.length + " rows as the features");
    }
    BitSet used = new BitSet();
    trainRows = rows("train_rows", trainRows, features.length, used);
    validationRows = rows("validation_rows", validationRows, features.length, used);
  }

  /** The number of rows. */
  public int rows() {
    return features.length;
  }

  private static double[][] copy(String name, double[][] matrix, int width) {
    if (matrix == null || matrix.length == 0) {
      throw new InvalidParameterException(name, null, "at least one row");
    }
    double[][] out = new double[matrix.length][];
    for (int r = 0; r < matrix.length; r++) {
      if (matrix[r] == null || matrix[r].length != width) {
        throw new InvalidParameterException(name + " row " + r, matrix[r] == null ? null : matrix[r].length + " values",
            width + " values (one per named column)");
      }
      for (int k = 0; k < width; k++) {
        if (!Double.isFinite(matrix[r][k])) {
          throw new InvalidParameterException(name + " row " + r + " column " + k, matrix[r][k], "a finite number");
        }
      }
      out[r] = matrix[r].clone();
    }
    return out;
  }

  private static int[] rows(String name, int[] rows, int count, BitSet used) {
    if (rows == null || rows.length == 0) {
      throw new InvalidParameterException(name, null, "at least one row index");
    }
    for (int r : rows) {
      if (r < 0 || r >= count) {
        throw new InvalidParameterException(name, r, "row indices in [0, " + count + ")");
      }
      if (used.get(r)) {
        throw new InvalidParameterException(name, r, "each row at most once, in at most one of train and validation");
      }
      used.set(r);
    }
    return rows.clone();
  }
}

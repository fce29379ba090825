package org.nucleiml.emulator.network;

import org.nucleiml.InvalidParameterException;

/**
 * Rows for the trainer in flat row-major arrays: scaled inputs, targets in physical units and, per
 * row and output, the affine map from the network's scaled output to physical units.
 *
 * @param inputs rows x inputWidth scaled inputs
 * @param targets rows x outputWidth targets in physical units (one-hot for classification)
 * @param offsets rows x outputWidth: physical = offset + scale * output; null for the identity
 * @param scales rows x outputWidth, non-zero; null for the identity
 * @param rows the number of rows
 * @param inputWidth values per input row
 * @param outputWidth values per target row
 */
public record TrainingData(double[] inputs, double[] targets, double[] offsets, double[] scales, int rows,
    int inputWidth, int outputWidth) {

  /** Checks the array lengths against the shape. */
  public TrainingData {
    check("inputs", inputs, rows * inputWidth);
    check("targets", targets, rows * outputWidth);
    if ((offsets == null) != (scales == null)) {
      throw new InvalidParameterException("offsets/scales", "only one given", "both or neither");
    }
    if (offsets != null) {
      check("offsets", offsets, rows * outputWidth);
      check("scales", scales, rows * outputWidth);
    }
  }

  /** Data without output scaling (classification, or regression on unscaled targets). */
  public static TrainingData unscaled(double[] inputs, double[] targets, int rows, int inputWidth,
      int outputWidth) {
    return new TrainingData(inputs, targets, null, null, rows, inputWidth, outputWidth);
  }

  /**
   * The targets the loss compares with: physical units for a physical-units loss, otherwise the
   * targets mapped into the network's scaled output space.
   */
  double[] lossTargets(LossFunction loss) {
    if (offsets == null || loss.physicalUnits()) {
      return targets;
    }
    double[] scaled = new double[targets.length];
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] = (targets[j] - offsets[j]) / scales[j];
    }
    return scaled;
  }

  /** Whether outputs must be mapped to physical units before this loss sees them. */
  boolean mapsOutputs(LossFunction loss) {
    return offsets != null && loss.physicalUnits();
  }

  private static void check(String name, double[] values, int expected) {
    if (values == null || values.length != expected) {
      throw new InvalidParameterException(name, values == null ? null : values.length + " values",
          expected + " values");
    }
  }
}

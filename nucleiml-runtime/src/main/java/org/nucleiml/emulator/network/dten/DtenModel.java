package org.nucleiml.emulator.network.dten;

import org.nucleiml.InvalidParameterException;

/**
 * A DTEN with values: its shape, the flat weights and biases in {@link DtenNetwork}'s layout, and the
 * batch normalisation's running statistics (means then variances). The arrays are owned by the model
 * (callers must not change them; a full network holds 1.2 M values, not copied on every access).
 *
 * @param architecture the shape
 * @param parameters {@link DtenNetwork#parameterCount()} values
 * @param runningStatistics 2 x {@link DtenNetwork#concatWidth()} values
 */
public record DtenModel(DtenArchitecture architecture, double[] parameters, double[] runningStatistics) {

  /** Checks the sizes against the shape. */
  public DtenModel {
    DtenNetwork network = new DtenNetwork(architecture);
    if (parameters.length != network.parameterCount()
        || runningStatistics.length != 2 * network.concatWidth()) {
      throw new InvalidParameterException("dten model values", parameters.length + " parameters, "
          + runningStatistics.length + " running statistics", network.parameterCount() + " and "
          + 2 * network.concatWidth() + " for " + architecture);
    }
  }

  /** The network outputs (sigmoid, the scaled B/A) of every row of {@code data}, inference mode. */
  public double[] predict(DtenData data, int threads) {
    DtenNetwork network = new DtenNetwork(architecture);
    data.check(architecture);
    double[] out = new double[data.rows()];
    try (DtenPasses passes = new DtenPasses(network, 64, false, threads)) {
      passes.predict(parameters, runningStatistics, data, 0, data.rows(), out);
    }
    return out;
  }
}

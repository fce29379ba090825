package org.nucleiml.emulator;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;

/**
 * A network ready for the allocation-free inference path: it picks its inputs out of the
 * emulator's feature row, standardises them and runs the network into a caller-owned array.
 */
final class NetworkHead {

  private final FeedForwardNetwork network;
  private final int[] featureIndex;
  private final double[] mean;
  private final double[] inverseStd;

  NetworkHead(FeedForwardNetwork network, List<String> inputNames, FeatureScaler scaler, List<String> features) {
    if (inputNames.size() != network.inputWidth() || scaler.width() != network.inputWidth()) {
      throw new InvalidParameterException("inputs", inputNames.size() + " names, " + scaler.width()
          + " scaler entries", network.inputWidth() + " network inputs");
    }
    this.network = network;
    this.featureIndex = new int[inputNames.size()];
    for (int j = 0; j < featureIndex.length; j++) {
      featureIndex[j] = features.indexOf(inputNames.get(j));
      if (featureIndex[j] < 0) {
        throw new InvalidParameterException("inputs", inputNames.get(j), "one of the features " + features);
      }
    }
    this.mean = scaler.meanArray();
    this.inverseStd = scaler.inverseStdArray();
  }

  FeedForwardNetwork network() {
    return network;
  }

  /**
   * Runs on {@code rows} feature rows of {@code featureWidth} values; {@code out} receives the
   * outputs row-major. {@code input} and {@code scratch} are per-thread buffers for as many rows.
   */
  void runRows(double[] features, int featureWidth, int rows, double[] input, FeedForwardNetwork.Scratch scratch, double[] out) {
    int width = featureIndex.length;
    for (int r = 0; r < rows; r++) {
      int f = r * featureWidth;
      int x = r * width;
      for (int j = 0; j < width; j++) {
        input[x + j] = (features[f + featureIndex[j]] - mean[j]) * inverseStd[j];
      }
    }
    network.forwardRows(input, rows, out, scratch);
  }
}

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

  /** Runs on one feature row; {@code input} and {@code scratch} are per-thread buffers. */
  void run(double[] features, double[] input, double[] scratch, double[] out) {
    for (int j = 0; j < featureIndex.length; j++) {
      input[j] = (features[featureIndex[j]] - mean[j]) * inverseStd[j];
    }
    network.forward(input, 0, out, 0, scratch);
  }
}

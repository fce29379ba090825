package org.nucleiml.maven;

import java.util.Arrays;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.NetworkConfig;

/**
 * POM form of one network's hyper-parameters ({@code <classifier>} or {@code <regressor>}); values
 * left out keep the runtime defaults, measured on real data (docs/emulator.md): 4 x 64 ReLU,
 * classifier lr 1e-3, batch 128, at most 200 epochs; regressor lr 1e-3, batch 32, at most 300.
 */
public class NetworkConfiguration {

  /** Hidden layer widths, comma-separated, e.g. 64,64,64,64. */
  String hiddenLayers;
  /** Adam learning rate. */
  Double learningRate;
  /** Mini-batch size. */
  Integer batchSize;
  /** Maximum number of epochs. */
  Integer maxEpochs;
  /** Epochs always run before early stopping may stop. */
  Integer minEpochs;
  /** Epochs without a better validation loss before stopping. */
  Integer patience;

  /** The configuration over the given defaults. */
  NetworkConfig over(String network, NetworkConfig d) {
    int max = maxEpochs == null ? d.maxEpochs() : maxEpochs;
    int min = minEpochs == null ? Math.min(d.minEpochs(), max) : minEpochs;
    return NetworkConfig.of(network, hiddenLayers == null ? d.hiddenLayers() : layers(),
        learningRate == null ? d.learningRate() : learningRate,
        batchSize == null ? d.batchSize() : batchSize, max, min, patience == null ? d.patience() : patience);
  }

  private java.util.List<Integer> layers() {
    try {
      return Arrays.stream(hiddenLayers.split("[,\\s]+")).filter(s -> !s.isBlank())
          .map(Integer::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("hiddenLayers", hiddenLayers, "widths such as 64,64,64,64");
    }
  }
}

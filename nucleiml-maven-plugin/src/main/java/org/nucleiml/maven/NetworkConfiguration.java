package org.nucleiml.maven;

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
  NetworkConfig over(NetworkConfig d) {
    return d.with(hiddenLayers, learningRate, batchSize, maxEpochs, minEpochs, patience);
  }
}

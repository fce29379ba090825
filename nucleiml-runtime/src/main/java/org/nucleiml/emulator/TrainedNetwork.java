package org.nucleiml.emulator;

import java.io.Serializable;
import java.util.List;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.TrainingResult;

/**
 * A trained network with what it needs to read raw features: their names in network input order and
 * the scaler fitted on the training split.
 *
 * @param inputNames feature names in network input order (Tribuo's feature id order)
 * @param scaler the input standardisation
 * @param result the network and its training history
 */
public record TrainedNetwork(List<String> inputNames, FeatureScaler scaler, TrainingResult result)
    implements Serializable {

  /** Copies the names. */
  public TrainedNetwork {
    inputNames = List.copyOf(inputNames);
  }

  /** The network. */
  public FeedForwardNetwork network() {
    return result.network();
  }

  /** Scales raw inputs (network order) and runs the network; allocates, for the Tribuo path only. */
  double[] outputs(double[] raw) {
    double[] x = raw.clone();
    scaler.applyInPlace(x, 1);
    double[] out = new double[network().outputWidth()];
    network().forward(x, 0, out, 0, network().newScratch());
    return out;
  }

  /** Per-input relevance: the L2 norm of each input's first-layer weights (inputs are standardised). */
  double[] inputRelevance() {
    double[] p = network().parameters();
    int width = network().sizes()[1];
    double[] relevance = new double[inputNames.size()];
    for (int i = 0; i < relevance.length; i++) {
      double s = 0;
      for (int o = 0; o < width; o++) {
        s += p[i * width + o] * p[i * width + o];
      }
      relevance[i] = Math.sqrt(s);
    }
    return relevance;
  }
}

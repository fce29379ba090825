package org.nucleiml.emulator.massmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.FeatureScaler;
import org.nucleiml.emulator.network.FeedForwardNetwork;

/**
 * A trained mass model: the network, its input and output scaling and how it was trained. Predicts in
 * the targets' physical units; immutable and safe to share between threads.
 */
public final class TrainedMassModel {

  private final MassModelDefinition definition;
  private final List<String> featureNames;
  private final List<String> outputNames;
  private final InputScaling inputs;
  private final FeatureScaler outputs;
  private final FeedForwardNetwork network;
  private final LearningCurve curve;

  TrainedMassModel(MassModelDefinition definition, List<String> featureNames, List<String> outputNames,
      InputScaling inputs, FeatureScaler outputs, FeedForwardNetwork network, LearningCurve curve) {
    this.definition = definition;
    this.featureNames = List.copyOf(featureNames);
    this.outputNames = List.copyOf(outputNames);
    this.inputs = inputs;
    this.outputs = outputs;
    this.network = network;
    this.curve = curve;
    if (network.inputWidth() != featureNames.size() || network.outputWidth() != outputNames.size()
        || inputs.min().size() != featureNames.size() || outputs.width() != outputNames.size()) {
      throw new InvalidParameterException("model " + definition.id() + " shape",
          network.inputWidth() + " -> " + network.outputWidth(),
          featureNames.size() + " features -> " + outputNames.size() + " outputs, scalings alike");
    }
  }

  /** The outputs, in physical units, for one row of unscaled features (in {@link #featureNames()} order). */
  public double[] predict(double[] features) {
    double[] x = new double[featureNames.size()];
    inputs.apply(features, x, 0);
    double[] y = new double[outputNames.size()];
    network.forward(x, 0, y, 0, network.newScratch());
    double[] mean = outputs.meanArray();
    for (int k = 0; k < y.length; k++) {
      y[k] = mean[k] + outputs.stds().get(k) * y[k];
    }
    return y;
  }

  /** {@link #predict(double[])} of every row. */
  public double[][] predict(double[][] features) {
    double[][] out = new double[features.length][];
    for (int r = 0; r < features.length; r++) {
      out[r] = predict(features[r]);
    }
    return out;
  }

  /** Writes the model file (see {@link MassModelFile}), atomically. */
  public void write(Path file) throws IOException {
    MassModelFile.write(this, file);
  }

  /** Reads a model file written by {@link #write}; the learning curve is not part of it. */
  public static TrainedMassModel read(Path file) throws IOException {
    return MassModelFile.read(file);
  }

  /** The model's definition. */
  public MassModelDefinition definition() {
    return definition;
  }

  /** The model's id. */
  public String id() {
    return definition.id();
  }

  /** Feature names, in input order. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** Output names, in output order. */
  public List<String> outputNames() {
    return outputNames;
  }

  /** The min-max input scaling. */
  public InputScaling inputScaling() {
    return inputs;
  }

  /** The z-score output scaling (means and population standard deviations of the training targets). */
  public FeatureScaler outputScaling() {
    return outputs;
  }

  /** The network on scaled values. */
  public FeedForwardNetwork network() {
    return network;
  }

  /** The learning curve; empty for a model read from a file. */
  public LearningCurve curve() {
    return curve;
  }
}

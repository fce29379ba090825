package org.nucleiml.emulator.massmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.FeatureScaler;
import org.nucleiml.emulator.network.FeedForwardNetwork;

/**
 * A trained mass model: its M networks (one, the paper's model, unless the definition asks for
 * members), their shared input and output scaling and how they were trained. Predicts in the targets'
 * physical units: the members' scaled outputs are averaged in member order, then unscaled (for M = 1
 * exactly the one network's prediction). The members share the scalings because they train on the
 * same rows; only initialisation and batch order differ. Immutable and safe to share between threads.
 */
public final class TrainedMassModel {

  private final MassModelDefinition definition;
  private final List<String> featureNames;
  private final List<String> outputNames;
  private final InputScaling inputs;
  private final FeatureScaler outputs;
  private final List<FeedForwardNetwork> networks;
  private final List<LearningCurve> curves;

  /** One network per member and one learning curve per member, in member order. */
  TrainedMassModel(MassModelDefinition definition, List<String> featureNames, List<String> outputNames,
      InputScaling inputs, FeatureScaler outputs, List<FeedForwardNetwork> networks, List<LearningCurve> curves) {
    this.definition = definition;
    this.featureNames = List.copyOf(featureNames);
    this.outputNames = List.copyOf(outputNames);
    this.inputs = inputs;
    this.outputs = outputs;
    this.networks = List.copyOf(networks);
    this.curves = List.copyOf(curves);
    if (networks.size() != definition.members() || curves.size() != definition.members()) {
      throw new InvalidParameterException("model " + definition.id() + " members",
          networks.size() + " networks and " + curves.size() + " curves", definition.members() + " of each");
    }
    for (FeedForwardNetwork network : networks) {
      if (network.inputWidth() != featureNames.size() || network.outputWidth() != outputNames.size()
          || inputs.min().size() != featureNames.size() || outputs.width() != outputNames.size()) {
        throw new InvalidParameterException("model " + definition.id() + " shape",
            network.inputWidth() + " -> " + network.outputWidth(),
            featureNames.size() + " features -> " + outputNames.size() + " outputs, scalings alike");
      }
    }
  }

  /** The outputs, in physical units, for one row of unscaled features (in {@link #featureNames()} order). */
  public double[] predict(double[] features) {
    double[] x = new double[featureNames.size()];
    inputs.apply(features, x, 0);
    return unscaled(scaledOutputs(x));
  }

  /** Outputs on the normalised scale to physical units, in place. */
  private double[] unscaled(double[] y) {
    double[] mean = outputs.meanArray();
    for (int k = 0; k < y.length; k++) {
      y[k] = mean[k] + outputs.stds().get(k) * y[k];
    }
    return y;
  }

  /**
   * The members' mean output on the normalised scale for one row of min-max scaled inputs: the sum in
   * member order divided by M (for M = 1 the network's own output, bit for bit).
   */
  public double[] scaledOutputs(double[] scaledInputs) {
    int width = outputNames.size();
    double[] sum = new double[width];
    double[] y = new double[width];
    for (FeedForwardNetwork network : networks) {
      network.forward(scaledInputs, 0, y, 0, network.newScratch());
      for (int k = 0; k < width; k++) {
        sum[k] += y[k];
      }
    }
    for (int k = 0; k < width; k++) {
      sum[k] /= networks.size();
    }
    return sum;
  }

  /**
   * Every member's outputs in physical units for one row of unscaled features: {@code [member][output]}
   * (the spread of the members is the model's own measure of its uncertainty).
   */
  public double[][] predictMembers(double[] features) {
    double[] x = new double[featureNames.size()];
    inputs.apply(features, x, 0);
    double[][] out = new double[networks.size()][outputNames.size()];
    for (int m = 0; m < networks.size(); m++) {
      FeedForwardNetwork network = networks.get(m);
      network.forward(x, 0, out[m], 0, network.newScratch());
      unscaled(out[m]);
    }
    return out;
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

  /** The members' networks on scaled values, in member order. */
  public List<FeedForwardNetwork> networks() {
    return networks;
  }

  /** The members' learning curves, in member order; without points for a model read from a file. */
  public List<LearningCurve> curves() {
    return curves;
  }

  /**
   * The learning curves as CSV: {@link LearningCurve#toCsv()} for M = 1 (unchanged), else a
   * {@code member} column first and every member's points in member order.
   */
  public String curvesCsv() {
    if (curves.size() == 1) {
      return curves.get(0).toCsv();
    }
    StringBuilder b = new StringBuilder("member,epoch,training_loss,validation_loss,learning_rate\n");
    for (int m = 0; m < curves.size(); m++) {
      for (LearningCurve.Point p : curves.get(m).points()) {
        b.append(m).append(',').append(p.epoch()).append(',').append(p.trainingLoss()).append(',')
            .append(p.validationLoss()).append(',').append(p.learningRate()).append('\n');
      }
    }
    return b.toString();
  }
}

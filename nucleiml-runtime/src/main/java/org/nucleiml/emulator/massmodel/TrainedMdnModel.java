package org.nucleiml.emulator.massmodel;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.MixtureDensityHead;
import org.nucleiml.masses.ChartFeatures;

/**
 * A trained [S004] mass model: predicts for any (Z, N) the mean mass excess and its own standard
 * deviation, MeV. Immutable and safe to share between threads.
 */
public final class TrainedMdnModel {

  private final MdnDefinition definition;
  private final ChartFeatures features;
  private final MdnScaling scaling;
  private final FeedForwardNetwork network;
  private final MixtureDensityHead head;
  private final int keptEpoch;
  private final List<MdnMassTrainer.Point> curve;

  TrainedMdnModel(MdnDefinition definition, ChartFeatures features, MdnScaling scaling, FeedForwardNetwork network,
      int keptEpoch, List<MdnMassTrainer.Point> curve) {
    this.definition = definition;
    this.features = features;
    this.scaling = scaling;
    this.network = network;
    this.head = new MixtureDensityHead(definition.components());
    this.keptEpoch = keptEpoch;
    this.curve = List.copyOf(curve);
    if (network.inputWidth() != features.columns().size() || network.outputWidth() != head.outputWidth()) {
      throw new InvalidParameterException("model " + definition.id() + " shape",
          network.inputWidth() + " -> " + network.outputWidth(),
          features.columns().size() + " features -> " + head.outputWidth() + " head outputs");
    }
  }

  /**
   * The prediction for nucleus (Z, N).
   *
   * @param excessMeV the mixture's mean mass excess, MeV
   * @param sigmaMeV the mixture's standard deviation, MeV
   */
  public record Prediction(double excessMeV, double sigmaMeV) {}

  /** The mean and standard deviation of the mass excess of (Z, N), MeV. */
  public Prediction predict(int z, int n) {
    double[] x = scaling.inputs(new double[][] {features.compute(z, n, null)});
    double[] out = new double[head.outputWidth()];
    network.forward(x, 0, out, 0, network.newScratch());
    return new Prediction(scaling.target(head.mean(out, 0)), scaling.targetStd() * head.sigma(out, 0));
  }

  /** The definition. */
  public MdnDefinition definition() {
    return definition;
  }

  /** The model id. */
  public String id() {
    return definition.id();
  }

  /** The feature set. */
  public ChartFeatures features() {
    return features;
  }

  /** The scalings (the GK penalty acted in the scaled target's units). */
  public MdnScaling scaling() {
    return scaling;
  }

  /** The network on scaled values. */
  public FeedForwardNetwork network() {
    return network;
  }

  /** The epoch whose entering parameters were kept (lowest total loss). */
  public int keptEpoch() {
    return keptEpoch;
  }

  /** The recorded curve; empty for a model read from a file. */
  public List<MdnMassTrainer.Point> curve() {
    return curve;
  }
}

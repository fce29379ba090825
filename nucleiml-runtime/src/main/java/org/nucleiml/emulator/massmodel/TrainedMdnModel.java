package org.nucleiml.emulator.massmodel;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.MixtureDensityHead;
import org.nucleiml.masses.ChartFeatures;

/**
 * A trained [S004] mass model: predicts for any (Z, N) the mean mass excess and its own standard
 * deviation, MeV. With M > 1 members (networks trained alike from different seeds) the prediction is
 * their equal-weight mixture: the mean of the members' means, and a variance that adds the spread of
 * the members' means to their mean variance (a deep ensemble: the spread is what one network cannot
 * know about the nuclei it did not see). Immutable and safe to share between threads.
 */
public final class TrainedMdnModel {

  /**
   * One trained network of the model.
   *
   * @param seed the seed it was initialised from
   * @param network the network on scaled values
   * @param keptEpoch the epoch whose entering parameters were kept (lowest total loss)
   * @param curve the recorded curve; empty for a model read from a file
   */
  public record Member(long seed, FeedForwardNetwork network, int keptEpoch, List<MdnMassTrainer.Point> curve) {
    /** Copies the curve. */
    public Member {
      curve = List.copyOf(curve);
    }
  }

  private final MdnDefinition definition;
  private final ChartFeatures features;
  private final MdnScaling scaling;
  private final List<Member> members;
  private final MixtureDensityHead head;

  TrainedMdnModel(MdnDefinition definition, ChartFeatures features, MdnScaling scaling, List<Member> members) {
    this.definition = definition;
    this.features = features;
    this.scaling = scaling;
    this.members = List.copyOf(members);
    this.head = new MixtureDensityHead(definition.components());
    if (this.members.size() != definition.members()) {
      throw new InvalidParameterException("model " + definition.id() + " members", this.members.size(),
          definition.members() + " as its definition says");
    }
    for (Member m : this.members) {
      FeedForwardNetwork network = m.network();
      if (network.inputWidth() != features.columns().size() || network.outputWidth() != head.outputWidth()) {
        throw new InvalidParameterException("model " + definition.id() + " shape",
            network.inputWidth() + " -> " + network.outputWidth(),
            features.columns().size() + " features -> " + head.outputWidth() + " head outputs");
      }
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
    double[] meanSigma = new double[2];
    mixture(x, out, meanSigma, null);
    return new Prediction(scaling.target(meanSigma[0]), scaling.targetStd() * meanSigma[1]);
  }

  /**
   * The mixture's mean and standard deviation in the scaled target's units for the scaled inputs
   * {@code x}, into {@code meanSigma}; {@code out} is a head-sized buffer and {@code scratch} one
   * scratch per member (null: fresh ones). M = 1 is the network's own mean and width, unchanged.
   */
  void mixture(double[] x, double[] out, double[] meanSigma, FeedForwardNetwork.Scratch[] scratch) {
    int m = members.size();
    if (m == 1) {
      FeedForwardNetwork net = members.get(0).network();
      net.forward(x, 0, out, 0, scratch == null ? net.newScratch() : scratch[0]);
      meanSigma[0] = head.mean(out, 0);
      meanSigma[1] = head.sigma(out, 0);
      return;
    }
    double[] means = new double[m];
    double sumMean = 0;
    double sumVar = 0;
    for (int k = 0; k < m; k++) {
      FeedForwardNetwork net = members.get(k).network();
      net.forward(x, 0, out, 0, scratch == null ? net.newScratch() : scratch[k]);
      means[k] = head.mean(out, 0);
      double s = head.sigma(out, 0);
      sumMean += means[k];
      sumVar += s * s;
    }
    double mean = sumMean / m;
    double spread = 0;
    for (int k = 0; k < m; k++) {
      spread += (means[k] - mean) * (means[k] - mean);
    }
    meanSigma[0] = mean;
    meanSigma[1] = Math.sqrt((sumVar + spread) / m);
  }

  /** One scratch per member, for {@link #mixture} on one thread. */
  FeedForwardNetwork.Scratch[] newScratch() {
    FeedForwardNetwork.Scratch[] s = new FeedForwardNetwork.Scratch[members.size()];
    for (int k = 0; k < s.length; k++) {
      s[k] = members.get(k).network().newScratch();
    }
    return s;
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

  /** The scalings (the GK penalty acted in the scaled target's units), shared by the members. */
  public MdnScaling scaling() {
    return scaling;
  }

  /** The members, member 0 first. */
  public List<Member> members() {
    return members;
  }
}

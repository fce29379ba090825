package org.nucleiml.emulator;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleColumns;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.regression.Regressor;

/** A feed-forward network regressor with one linear output per target, created by its trainer. */
public final class NeuralRegressionModel extends Model<Regressor> {

  private static final long serialVersionUID = 1L;

  private final TrainedNetwork network;
  private final TargetScaler targets;

  NeuralRegressionModel(String name, ModelProvenance provenance, ImmutableFeatureMap features,
      ImmutableOutputInfo<Regressor> outputs, TrainedNetwork network, TargetScaler targets) {
    super(name, provenance, features, outputs, false);
    this.network = network;
    this.targets = targets;
  }

  /** The trained network with its input names and scaler. */
  public TrainedNetwork network() {
    return network;
  }

  /** The map from network outputs to physical target values. */
  public TargetScaler targetScaler() {
    return targets;
  }

  @Override
  public Prediction<Regressor> predict(Example<Regressor> example) {
    double[] raw = new double[featureIDMap.size()];
    int used = fill(example, featureIDMap, raw);
    if (used == 0) {
      throw new IllegalArgumentException("No features found in Example " + example);
    }
    double[] y = network.outputs(raw);
    int z = (int) feature(example, SampleColumns.Z);
    int n = (int) feature(example, SampleColumns.N);
    double[] affine = new double[2];
    double[] values = new double[y.length];
    for (int k = 0; k < y.length; k++) {
      targets.affine(k, z, n, affine);
      values[k] = affine[0] + affine[1] * y[k];
    }
    return new Prediction<>(new Regressor(targets.targets().toArray(String[]::new), values), used, example);
  }

  /** Copies the example's known features into {@code raw} by id; returns how many were known. */
  static int fill(Example<?> example, ImmutableFeatureMap features, double[] raw) {
    int used = 0;
    for (Feature f : example) {
      int id = features.getID(f.getName());
      if (id >= 0) {
        raw[id] = f.getValue();
        used++;
      }
    }
    return used;
  }

  /** The value of a named feature, which must be present. */
  static double feature(Example<?> example, String name) {
    for (Feature f : example) {
      if (f.getName().equals(name)) {
        return f.getValue();
      }
    }
    throw new InvalidParameterException("features", "no '" + name + "' in an example",
        "features Z and N for the target scaling");
  }

  @Override
  public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
    return Map.of(ALL_OUTPUTS, NeuralClassificationModel.topFeatures(network, n));
  }

  @Override
  public Optional<Excuse<Regressor>> getExcuse(Example<Regressor> example) {
    // A dense network has no per-example explanation; Tribuo's convention is an empty Optional.
    return Optional.empty();
  }

  @Override
  protected NeuralRegressionModel copy(String newName, ModelProvenance newProvenance) {
    return new NeuralRegressionModel(newName, newProvenance, featureIDMap, outputIDInfo, network, targets);
  }
}

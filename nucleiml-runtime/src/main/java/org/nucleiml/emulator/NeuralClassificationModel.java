package org.nucleiml.emulator;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.provenance.ModelProvenance;

/** A feed-forward network classifier with softmax probabilities, created by its trainer. */
public final class NeuralClassificationModel extends Model<Label> {

  private static final long serialVersionUID = 1L;

  private final TrainedNetwork network;

  NeuralClassificationModel(String name, ModelProvenance provenance, ImmutableFeatureMap features,
      ImmutableOutputInfo<Label> labels, TrainedNetwork network) {
    super(name, provenance, features, labels, true);
    this.network = network;
  }

  /** The trained network with its input names and scaler. */
  public TrainedNetwork network() {
    return network;
  }

  /** Class names in network output order. */
  public List<String> classNames() {
    List<String> names = new ArrayList<>();
    for (int id = 0; id < outputIDInfo.size(); id++) {
      names.add(outputIDInfo.getOutput(id).getLabel());
    }
    return names;
  }

  @Override
  public Prediction<Label> predict(Example<Label> example) {
    double[] raw = new double[featureIDMap.size()];
    int used = NeuralRegressionModel.fill(example, featureIDMap, raw);
    if (used == 0) {
      throw new IllegalArgumentException("No features found in Example " + example);
    }
    double[] p = softmax(network.outputs(raw));
    Map<String, Label> scores = new LinkedHashMap<>();
    int best = 0;
    for (int id = 0; id < p.length; id++) {
      String name = outputIDInfo.getOutput(id).getLabel();
      scores.put(name, new Label(name, p[id]));
      best = p[id] > p[best] ? id : best;
    }
    return new Prediction<>(scores.get(outputIDInfo.getOutput(best).getLabel()), scores, used, example, true);
  }

  static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logits) {
      max = Math.max(max, v);
    }
    double[] p = new double[logits.length];
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      p[k] = StrictMath.exp(logits[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  @Override
  public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
    return Map.of(ALL_OUTPUTS, topFeatures(network, n));
  }

  /** Features ranked by first-layer weight norm, a coarse relevance for a standardised network. */
  static List<Pair<String, Double>> topFeatures(TrainedNetwork network, int n) {
    double[] relevance = network.inputRelevance();
    List<Pair<String, Double>> ranked = new ArrayList<>();
    for (int i = 0; i < relevance.length; i++) {
      ranked.add(new Pair<>(network.inputNames().get(i), relevance[i]));
    }
    ranked.sort(Comparator.comparing((Pair<String, Double> p) -> -p.getB()));
    return n < 0 ? ranked : ranked.subList(0, Math.min(n, ranked.size()));
  }

  @Override
  public Optional<Excuse<Label>> getExcuse(Example<Label> example) {
    // A dense network has no per-example explanation; Tribuo's convention is an empty Optional.
    return Optional.empty();
  }

  @Override
  protected NeuralClassificationModel copy(String newName, ModelProvenance newProvenance) {
    return new NeuralClassificationModel(newName, newProvenance, featureIDMap, outputIDInfo, network);
  }
}

package org.nucleiml.emulator;

import com.oracle.labs.mlrg.olcut.config.Config;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.emulator.network.TrainingData;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.ModelProvenance;

/**
 * Trains a {@link NeuralClassificationModel}: ReLU network, softmax output, categorical
 * cross-entropy, Adam, early stopping. Defaults are the study's classifier: 4 x 64, learning rate
 * 1e-4, batch 32, 800 epochs with at least 600.
 */
public final class NeuralClassificationTrainer extends NeuralTrainerBase<Label> {

  /** The study's learning rate. */
  public static final double DEFAULT_LEARNING_RATE = 1e-4;
  /** The study's batch size. */
  public static final int DEFAULT_BATCH_SIZE = 32;
  /** The study's epoch count. */
  public static final int DEFAULT_MAX_EPOCHS = 800;
  /** The study's minimum epoch count. */
  public static final int DEFAULT_MIN_EPOCHS = 600;

  @Config(description = "Labels always in the output domain, present in the training split or not.")
  protected String[] labelDomain = {};

  /** A trainer with the study's defaults and {@link #DEFAULT_SEED}. */
  public NeuralClassificationTrainer() {
    this(DEFAULT_LEARNING_RATE, DEFAULT_BATCH_SIZE, DEFAULT_MAX_EPOCHS, DEFAULT_MIN_EPOCHS, DEFAULT_SEED, 1);
  }

  /**
   * @param learningRate The Adam learning rate.
   * @param batchSize The rows per mini-batch.
   * @param maxEpochs The maximum number of epochs.
   * @param minEpochs The epochs always run.
   * @param seed The seed.
   * @param threads The worker threads (do not change the model).
   */
  public NeuralClassificationTrainer(double learningRate, int batchSize, int maxEpochs, int minEpochs,
      long seed, int threads) {
    schedule(learningRate, batchSize, maxEpochs, minEpochs, seed, threads);
    postConfig();
  }

  /** Reconfigures hidden layers and patience; returns this trainer. */
  public NeuralClassificationTrainer withArchitecture(int[] hidden, int newPatience) {
    architecture(hidden, newPatience);
    return this;
  }

  /**
   * Returns this trainer with {@code labels} always in the model's output domain: a training split
   * that happens to hold one class (small data sets once the exact pre-filter removed rows) still
   * gives a network with an output per class, whose softmax puts ~1 on the class it saw.
   */
  public NeuralClassificationTrainer withLabelDomain(Collection<String> labels) {
    this.labelDomain = labels.toArray(String[]::new);
    postConfig();
    return this;
  }

  @Override
  LossFunction loss() {
    return LossFunction.CROSS_ENTROPY;
  }

  @Override
  Object fitTargets(Dataset<Label> train, ImmutableFeatureMap features) {
    ImmutableOutputInfo<Label> seen = train.getOutputIDInfo();
    Set<String> missing = new LinkedHashSet<>(java.util.List.of(labelDomain));
    for (Label label : seen.getDomain()) {
      missing.remove(label.getLabel());
    }
    if (missing.isEmpty()) {
      // The split's own ids, so that models trained on complete splits are unchanged.
      return seen;
    }
    MutableOutputInfo<Label> all = new LabelFactory().generateInfo();
    for (Label label : seen.getDomain()) {
      all.observe(label);
    }
    // An absent label is observed once so that it gets an id; its count is not a statistic we use.
    missing.forEach(name -> all.observe(new Label(name)));
    return all.generateImmutableOutputInfo();
  }

  @Override
  @SuppressWarnings("unchecked")
  TrainingData trainingData(Dataset<Label> data, double[] x, int width, Object fitted) {
    ImmutableOutputInfo<Label> labels = (ImmutableOutputInfo<Label>) fitted;
    int classes = labels.size();
    double[] t = new double[data.size() * classes];
    int r = 0;
    for (Example<Label> example : data) {
      int id = labels.getID(example.getOutput());
      if (id < 0) {
        throw new org.nucleiml.InvalidParameterException("label", example.getOutput().getLabel(),
            "one of the training labels " + labels.getDomain());
      }
      t[r * classes + id] = 1.0;
      r++;
    }
    return TrainingData.unscaled(x, t, data.size(), width, classes);
  }

  @Override
  @SuppressWarnings("unchecked")
  Model<Label> createModel(ModelProvenance provenance, ImmutableFeatureMap features, Dataset<Label> train,
      TrainedNetwork network, Object fitted) {
    return new NeuralClassificationModel("neural-classifier", provenance, features,
        (ImmutableOutputInfo<Label>) fitted, network);
  }
}

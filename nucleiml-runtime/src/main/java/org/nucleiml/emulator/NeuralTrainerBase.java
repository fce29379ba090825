package org.nucleiml.emulator;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.nucleiml.Checks;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.EpochLoss;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.emulator.network.MiniBatchTrainer;
import org.nucleiml.emulator.network.TrainingData;
import org.nucleiml.emulator.network.TrainingResult;
import org.nucleiml.emulator.network.TrainingSettings;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.Trainer;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.provenance.impl.TrainerProvenanceImpl;

/**
 * What the neural classification and regression trainers share: the network hyper-parameters as
 * olcut {@code @Config} fields, grouped validation hold-out, feature scaling and provenance.
 */
abstract class NeuralTrainerBase<T extends Output<T>> implements Trainer<T> {

  /** The default seed, Tribuo's. */
  public static final long DEFAULT_SEED = Trainer.DEFAULT_SEED;

  @Config(description = "Widths of the ReLU hidden layers.")
  protected int[] hiddenLayers = {64, 64, 64, 64};
  @Config(description = "Adam learning rate.")
  protected double learningRate;
  @Config(description = "Rows per mini-batch.")
  protected int batchSize;
  @Config(description = "Maximum number of epochs.")
  protected int maxEpochs;
  @Config(description = "Epochs always run before early stopping may act.")
  protected int minEpochs;
  @Config(description = "Epochs without validation improvement before stopping.")
  protected int patience = 50;
  @Config(description = "Seed of weight initialisation, shuffling and the validation hold-out.")
  protected long seed = DEFAULT_SEED;
  @Config(description = "Worker threads; the model does not depend on it.")
  protected int threads = 1;
  @Config(description = "Fraction of sample ids held out for early stopping when train(dataset) is called.")
  protected double validationFraction = 0.15;

  /** Sets the optimisation schedule shared by both trainers (the constructors' common part). */
  protected final void schedule(double newLearningRate, int newBatchSize, int newMaxEpochs, int newMinEpochs,
      long newSeed, int newThreads) {
    this.learningRate = newLearningRate;
    this.batchSize = newBatchSize;
    this.maxEpochs = newMaxEpochs;
    this.minEpochs = newMinEpochs;
    this.seed = newSeed;
    this.threads = newThreads;
  }

  /** Sets hidden layers and patience, then re-validates (the trainers' withArchitecture). */
  protected final void architecture(int[] hidden, int newPatience) {
    this.hiddenLayers = hidden.clone();
    this.patience = newPatience;
    postConfig();
  }

  private int invocationCount;

  @Override
  public void postConfig() {
    new TrainingSettings(Arrays.stream(hiddenLayers).boxed().toList(), loss(), learningRate, batchSize,
        maxEpochs, minEpochs, patience, seed, threads);
    Checks.openRange("validation_fraction", validationFraction, 0, 1);
  }

  /** The training loss. */
  abstract LossFunction loss();

  /** Targets (and output scaling) of the rows of {@code data}, with scaled inputs {@code x}. */
  abstract TrainingData trainingData(Dataset<T> data, double[] x, int width, Object fitted);

  /** Fits whatever the targets need from the training split (the target scaler), or null. */
  abstract Object fitTargets(Dataset<T> train, ImmutableFeatureMap features);

  /** Wraps the trained network as the trainer's model type. */
  abstract Model<T> createModel(ModelProvenance provenance, ImmutableFeatureMap features, Dataset<T> train,
      TrainedNetwork network, Object fitted);

  @Override
  public Model<T> train(Dataset<T> examples, Map<String, Provenance> runProvenance) {
    long[] groups = new long[examples.size()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = groupOf(examples.getExample(i), i);
    }
    double v = validationFraction;
    GroupedSplit.Parts parts = new GroupedSplit(1 - v, v, 0).apply(groups, Seeds.derive(seed, 3));
    return train(subset(examples, parts.training()), subset(examples, parts.validation()), runProvenance,
        e -> { });
  }

  /**
   * Trains on {@code train}, stopping early on the loss over {@code validation}.
   *
   * @param listener receives each finished epoch
   */
  public Model<T> train(Dataset<T> train, Dataset<T> validation, Map<String, Provenance> runProvenance,
      Consumer<EpochLoss> listener) {
    TrainerProvenance trainerProvenance;
    long runSeed;
    synchronized (this) {
      trainerProvenance = getProvenance();
      runSeed = Seeds.derive(seed, invocationCount);
      invocationCount++;
    }
    ImmutableFeatureMap features = new ImmutableFeatureMap(train.getFeatureMap());
    int width = features.size();
    double[] x = denseRows(train, features);
    FeatureScaler scaler = FeatureScaler.fit(x, train.size(), width);
    scaler.applyInPlace(x, train.size());
    double[] xv = denseRows(validation, features);
    scaler.applyInPlace(xv, validation.size());
    Object fitted = fitTargets(train, features);
    TrainingResult result = new MiniBatchTrainer(settings(runSeed)).train(
        trainingData(train, x, width, fitted), trainingData(validation, xv, width, fitted), listener);
    ModelProvenance provenance = new ModelProvenance(getClass().getName(), OffsetDateTime.now(),
        train.getProvenance(), trainerProvenance, runProvenance);
    return createModel(provenance, features, train,
        new TrainedNetwork(inputNames(features), scaler, result), fitted);
  }

  private TrainingSettings settings(long runSeed) {
    return new TrainingSettings(Arrays.stream(hiddenLayers).boxed().toList(), loss(), learningRate,
        batchSize, maxEpochs, minEpochs, patience, runSeed, threads);
  }

  /** Raw feature values in feature-id order; absent features are 0 (Tribuo's sparse convention). */
  static double[] denseRows(Dataset<?> data, ImmutableFeatureMap features) {
    int width = features.size();
    double[] x = new double[data.size() * width];
    int r = 0;
    for (Example<?> example : data) {
      for (Feature f : example) {
        int id = features.getID(f.getName());
        if (id >= 0) {
          x[r * width + id] = f.getValue();
        }
      }
      r++;
    }
    return x;
  }

  static List<String> inputNames(ImmutableFeatureMap features) {
    String[] names = new String[features.size()];
    for (int id = 0; id < names.length; id++) {
      names[id] = features.get(id).getName();
    }
    return List.of(names);
  }

  private static long groupOf(Example<?> example, int index) {
    // Without a sample id each example is its own group.
    return example.containsMetadata(SampleDatasets.SAMPLE_ID)
        ? Long.parseLong((String) example.getMetadataValue(SampleDatasets.SAMPLE_ID).orElseThrow())
        : -1L - index;
  }

  private static <U extends Output<U>> Dataset<U> subset(Dataset<U> data, int[] rows) {
    MutableDataset<U> part = new MutableDataset<>(data.getProvenance(), data.getOutputFactory());
    for (int r : rows) {
      part.add(data.getExample(r));
    }
    return part;
  }

  @Override
  public synchronized int getInvocationCount() {
    return invocationCount;
  }

  @Override
  public synchronized void setInvocationCount(int count) {
    invocationCount = Checks.nonNegative("invocation_count", count);
  }

  @Override
  public TrainerProvenance getProvenance() {
    return new TrainerProvenanceImpl(this);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(hiddenLayers=" + Arrays.toString(hiddenLayers) + ",loss=" + loss()
        + ",learningRate=" + learningRate + ",batchSize=" + batchSize + ",maxEpochs=" + maxEpochs
        + ",minEpochs=" + minEpochs + ",patience=" + patience + ",seed=" + seed + ",threads=" + threads + ")";
  }
}

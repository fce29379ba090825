package org.nucleiml.emulator.massmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.ProgressMeter;
import org.nucleiml.emulator.FeatureScaler;
import org.nucleiml.emulator.network.EpochLoss;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.emulator.network.MiniBatchTrainer;
import org.nucleiml.emulator.network.ParallelChunks;
import org.nucleiml.emulator.network.TrainingData;
import org.nucleiml.emulator.network.TrainingResult;

/**
 * Trains mass models: scales inputs min-max and outputs by z-score with statistics of the training
 * rows only ([S003] §II.A and the spec's choice for the outputs), trains the network on the scaled
 * values and returns a model predicting in physical units. Deterministic: the same definition and data
 * give the same model bytes for any thread count.
 */
public final class MassModelTrainer {

  private MassModelTrainer() {}

  /**
   * One model on one data set: its M members one after another on {@code threads} threads each when
   * M = 1, or up to {@code threads} members at once on one thread each (the networks are small, so whole
   * members in parallel use the cores better than rows of one member). Neither changes a byte.
   *
   * @param threads worker threads, >= 1 (never changes the result)
   * @param progress receives every finished epoch of every member (its wall time is for progress lines
   *     only), possibly from several threads at once when M > 1
   */
  public static TrainedMassModel train(MassModelDefinition definition, MassModelData data, int threads,
      Consumer<EpochLoss> progress) {
    Checks.positive("threads", threads);
    InputScaling inputs = InputScaling.fit(data.features(), data.trainRows());
    FeatureScaler outputs = FeatureScaler.fit(flatten(data.targets(), data.trainRows()), data.trainRows().length,
        data.outputNames().size());
    TrainingData train = scaled(data, data.trainRows(), inputs, outputs);
    TrainingData validation = scaled(data, data.validationRows(), inputs, outputs);
    int m = definition.members();
    TrainingResult[] results = new TrainingResult[m];
    int workers = Math.min(threads, m);
    int each = threads / workers;
    try (ParallelChunks pool = new ParallelChunks(workers)) {
      pool.run(m, k -> results[k] = new MiniBatchTrainer(definition.plan(k, each)).train(train, validation, progress));
    }
    List<FeedForwardNetwork> networks = new ArrayList<>();
    List<LearningCurve> curves = new ArrayList<>();
    for (TrainingResult result : results) {
      List<LearningCurve.Point> points = new ArrayList<>();
      for (int e = 0; e < result.history().size(); e++) {
        EpochLoss loss = result.history().get(e);
        points.add(new LearningCurve.Point(loss.epoch(), loss.trainingLoss(), loss.validationLoss(),
            result.learningRates().get(e)));
      }
      networks.add(result.network());
      curves.add(new LearningCurve(points, result.bestEpoch(), result.stoppedEarly()));
    }
    return new TrainedMassModel(definition, data.featureNames(), data.outputNames(), inputs, outputs, networks,
        curves);
  }

  /**
   * A model definition with its data: what one study step trains.
   *
   * @param definition the model
   * @param data its matrices (models of one study may differ in features and outputs)
   */
  public record Job(MassModelDefinition definition, MassModelData data) {}

  /**
   * Several named models, in the given order (the ids must be distinct), one after another; each model
   * is independent of the others, so its bytes equal those of training it alone.
   */
  public static List<TrainedMassModel> trainAll(List<Job> jobs, int threads, Consumer<String> log) {
    Set<String> ids = new HashSet<>();
    for (Job job : jobs) {
      if (!ids.add(job.definition().id())) {
        throw new InvalidParameterException("model id", job.definition().id(), "distinct ids within one training");
      }
    }
    List<TrainedMassModel> models = new ArrayList<>();
    for (Job job : jobs) {
      String id = job.definition().id();
      // a paper schedule runs 10^5-10^6 epochs for hours: count, rate and time left every 30 s
      ProgressMeter meter = new ProgressMeter("train-masses " + id + ": epochs",
          (long) job.definition().maxEpochs() * job.definition().members(),
          Duration.ofSeconds(30), log);
      models.add(train(job.definition(), job.data(), threads, e -> meter.advance(1,
          () -> String.format(java.util.Locale.ROOT, "training loss %.4g, validation loss %.4g",
              e.trainingLoss(), e.validationLoss()))));
    }
    return models;
  }

  private static TrainingData scaled(MassModelData data, int[] rows, InputScaling inputs, FeatureScaler outputs) {
    int in = data.featureNames().size();
    int out = data.outputNames().size();
    double[] x = new double[rows.length * in];
    double[] t = flatten(data.targets(), rows);
    for (int j = 0; j < rows.length; j++) {
      inputs.apply(data.features()[rows[j]], x, j * in);
    }
    outputs.applyInPlace(t, rows.length);
    return TrainingData.unscaled(x, t, rows.length, in, out);
  }

  private static double[] flatten(double[][] matrix, int[] rows) {
    int width = matrix[0].length;
    double[] flat = new double[rows.length * width];
    for (int j = 0; j < rows.length; j++) {
      System.arraycopy(matrix[rows[j]], 0, flat, j * width, width);
    }
    return flat;
  }
}

package org.nucleiml.emulator;

import com.oracle.labs.mlrg.olcut.config.Config;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleColumns;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.emulator.network.TrainingData;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.regression.Regressor;

/**
 * Trains a {@link NeuralRegressionModel}: ReLU network with a linear output per target dimension.
 * Defaults are the study's regressor: 4 x 64, MAPE, learning rate 1e-3, batch 128, 500 epochs with
 * at least 300; targets scaled per nucleus inside the network, the loss still on physical values.
 */
public final class NeuralRegressionTrainer extends NeuralTrainerBase<Regressor> {

  /** The study's learning rate. */
  public static final double DEFAULT_LEARNING_RATE = 1e-3;
  /** The study's batch size. */
  public static final int DEFAULT_BATCH_SIZE = 128;
  /** The study's epoch count. */
  public static final int DEFAULT_MAX_EPOCHS = 500;
  /** The study's minimum epoch count. */
  public static final int DEFAULT_MIN_EPOCHS = 300;

  @Config(description = "Regression loss: MAPE, MSE or HUBER.")
  private LossFunction lossFunction = LossFunction.MAPE;
  @Config(description = "How targets are scaled for the network: NONE, GLOBAL or PER_NUCLEUS.")
  private TargetScaling targetScaling = TargetScaling.PER_NUCLEUS;

  /** A trainer with the study's defaults and {@link #DEFAULT_SEED}. */
  public NeuralRegressionTrainer() {
    this(LossFunction.MAPE, TargetScaling.PER_NUCLEUS, DEFAULT_LEARNING_RATE, DEFAULT_BATCH_SIZE,
        DEFAULT_MAX_EPOCHS, DEFAULT_MIN_EPOCHS, DEFAULT_SEED, 1);
  }

  /**
   * @param loss The regression loss (MAPE, MSE or HUBER).
   * @param targetScaling The target scaling.
   * @param learningRate The Adam learning rate.
   * @param batchSize The rows per mini-batch.
   * @param maxEpochs The maximum number of epochs.
   * @param minEpochs The epochs always run.
   * @param seed The seed.
   * @param threads The worker threads (do not change the model).
   */
  public NeuralRegressionTrainer(LossFunction loss, TargetScaling targetScaling, double learningRate,
      int batchSize, int maxEpochs, int minEpochs, long seed, int threads) {
    this.lossFunction = loss;
    this.targetScaling = targetScaling;
    schedule(learningRate, batchSize, maxEpochs, minEpochs, seed, threads);
    postConfig();
  }

  /** Reconfigures hidden layers and patience; returns this trainer. */
  public NeuralRegressionTrainer withArchitecture(int[] hidden, int newPatience) {
    architecture(hidden, newPatience);
    return this;
  }

  @Override
  public void postConfig() {
    if (lossFunction == LossFunction.CROSS_ENTROPY || lossFunction == null) {
      throw new InvalidParameterException("loss", lossFunction, "MAPE, MSE or HUBER");
    }
    super.postConfig();
  }

  @Override
  LossFunction loss() {
    return lossFunction;
  }

  @Override
  Object fitTargets(Dataset<Regressor> train, ImmutableFeatureMap features) {
    Rows rows = rows(train);
    return TargetScaler.fit(targetScaling, rows.names, rows.values, rows.z, rows.n, train.size());
  }

  @Override
  TrainingData trainingData(Dataset<Regressor> data, double[] x, int width, Object fitted) {
    TargetScaler scaler = (TargetScaler) fitted;
    Rows rows = rows(data);
    if (!rows.names.equals(scaler.targets())) {
      throw new InvalidParameterException("targets", rows.names, scaler.targets() + " as in training");
    }
    int dim = rows.names.size();
    double[] offsets = new double[rows.values.length];
    double[] scales = new double[rows.values.length];
    double[] affine = new double[2];
    for (int r = 0; r < data.size(); r++) {
      for (int k = 0; k < dim; k++) {
        scaler.affine(k, rows.z[r], rows.n[r], affine);
        offsets[r * dim + k] = affine[0];
        scales[r * dim + k] = affine[1];
      }
    }
    return new TrainingData(x, rows.values, offsets, scales, data.size(), width, dim);
  }

  @Override
  Model<Regressor> createModel(ModelProvenance provenance, ImmutableFeatureMap features,
      Dataset<Regressor> train, TrainedNetwork network, Object fitted) {
    return new NeuralRegressionModel("neural-regressor", provenance, features, train.getOutputIDInfo(),
        network, (TargetScaler) fitted);
  }

  /** Targets, Z and N of every example, read from the outputs and the "Z"/"N" features. */
  private static Rows rows(Dataset<Regressor> data) {
    Rows rows = new Rows();
    int r = 0;
    for (Example<Regressor> example : data) {
      List<String> names = List.of(example.getOutput().getNames());
      if (rows.names == null) {
        rows.names = names;
        rows.values = new double[data.size() * names.size()];
        rows.z = new int[data.size()];
        rows.n = new int[data.size()];
      }
      double[] v = example.getOutput().getValues();
      System.arraycopy(v, 0, rows.values, r * names.size(), names.size());
      rows.z[r] = (int) NeuralRegressionModel.feature(example, SampleColumns.Z);
      rows.n[r] = (int) NeuralRegressionModel.feature(example, SampleColumns.N);
      r++;
    }
    return rows;
  }

  /** Column arrays of a regression data set. */
  private static final class Rows {
    List<String> names;
    double[] values;
    int[] z;
    int[] n;
  }
}

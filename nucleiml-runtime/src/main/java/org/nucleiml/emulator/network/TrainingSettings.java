package org.nucleiml.emulator.network;

import java.util.List;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Hyper-parameters of one network training run, validated at construction.
 *
 * @param hiddenLayers widths of the ReLU hidden layers, e.g. [64, 64, 64, 64]
 * @param loss the training loss
 * @param learningRate Adam's step size, > 0
 * @param batchSize rows per mini-batch, >= 1
 * @param maxEpochs the most epochs run, >= 1
 * @param minEpochs epochs always run before early stopping may act, in [0, maxEpochs]
 * @param patience epochs without validation improvement before stopping, >= 1
 * @param seed fixes weight initialisation and shuffling
 * @param threads worker threads, >= 1; never changes the result
 */
public record TrainingSettings(List<Integer> hiddenLayers, LossFunction loss, double learningRate,
    int batchSize, int maxEpochs, int minEpochs, int patience, long seed, int threads) {

  /** Validates every field. */
  public TrainingSettings {
    hiddenLayers = List.copyOf(hiddenLayers);
    for (int width : hiddenLayers) {
      Checks.positive("hidden_layers", width);
    }
    if (loss == null) {
      throw new InvalidParameterException("loss", null, "one of MAPE, MSE, HUBER, CROSS_ENTROPY");
    }
    Checks.positive("learning_rate", learningRate);
    Checks.positive("batch_size", batchSize);
    Checks.positive("max_epochs", maxEpochs);
    Checks.nonNegative("min_epochs", minEpochs);
    if (minEpochs > maxEpochs) {
      throw new InvalidParameterException("min_epochs", minEpochs, "at most max_epochs = " + maxEpochs);
    }
    Checks.positive("patience", patience);
    Checks.positive("threads", threads);
  }

  /** Layer widths for the given input and output widths. */
  public int[] layerSizes(int inputWidth, int outputWidth) {
    return plan().layerSizes(inputWidth, outputWidth);
  }

  /**
   * The same run as a general {@link TrainingPlan}: ReLU hidden layers, Adam with epsilon
   * {@link AdamOptimizer#EPSILON} and no weight decay, a constant rate, validation-best stopping and
   * He-normal initialisation.
   */
  public TrainingPlan plan() {
    return new TrainingPlan(hiddenLayers, java.util.Collections.nCopies(hiddenLayers.size(), Activation.RELU),
        loss, AdamOptimizer.EPSILON, 0.0, new LearningRateSchedule.Constant(learningRate),
        new StoppingRule.ValidationBest(patience, minEpochs), batchSize, maxEpochs, Initialisation.HE_NORMAL,
        seed, threads);
  }

  /** A copy with another thread count (the result does not change). */
  public TrainingSettings withThreads(int newThreads) {
    return new TrainingSettings(hiddenLayers, loss, learningRate, batchSize, maxEpochs, minEpochs,
        patience, seed, newThreads);
  }
}

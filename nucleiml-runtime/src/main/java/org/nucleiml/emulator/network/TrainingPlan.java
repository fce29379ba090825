package org.nucleiml.emulator.network;

import java.util.List;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Every hyper-parameter of one network training run, validated here and nowhere else: the general form
 * of {@link TrainingSettings} (which maps onto a plan with ReLU, Adam epsilon 1e-7, no weight decay, a
 * constant rate, validation-best stopping and He-normal initialisation).
 *
 * @param hiddenLayers widths of the hidden layers, each >= 1
 * @param hiddenActivations one activation per hidden layer
 * @param loss the training loss
 * @param adamEpsilon Adam's epsilon, > 0 ({@link AdamOptimizer#EPSILON} for the emulator,
 *     {@link AdamOptimizer#TORCH_EPSILON} for PyTorch-faithful models)
 * @param weightDecay coupled L2 weight decay lambda as in torch.optim.Adam, >= 0
 * @param schedule the learning rate epoch by epoch
 * @param stopping when to stop and which parameters to keep
 * @param batchSize rows per mini-batch, >= 1; {@link #FULL_BATCH} (or anything >= the row count) for full batch
 * @param maxEpochs the most epochs run, >= 1
 * @param initialisation how the initial parameters are drawn
 * @param seed fixes initialisation and shuffling
 * @param threads worker threads, >= 1; never changes the result
 */
public record TrainingPlan(List<Integer> hiddenLayers, List<Activation> hiddenActivations, LossFunction loss,
    double adamEpsilon, double weightDecay, LearningRateSchedule schedule, StoppingRule stopping, int batchSize,
    int maxEpochs, Initialisation initialisation, long seed, int threads) {

  /** A batch size meaning "all training rows in one batch". */
  public static final int FULL_BATCH = Integer.MAX_VALUE;

  /** Validates every field. */
  public TrainingPlan {
    hiddenLayers = List.copyOf(hiddenLayers);
    for (int width : hiddenLayers) {
      Checks.positive("hidden_layers", width);
    }
    if (hiddenActivations == null || hiddenActivations.size() != hiddenLayers.size()
        || hiddenActivations.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidParameterException("hidden_activations", hiddenActivations,
          hiddenLayers.size() + " activations, one per hidden layer " + hiddenLayers);
    }
    hiddenActivations = List.copyOf(hiddenActivations);
    require("loss", loss, "one of MAPE, MSE, HUBER, CROSS_ENTROPY");
    Checks.positive("adam_epsilon", adamEpsilon);
    Checks.nonNegative("weight_decay", weightDecay);
    require("schedule", schedule, "CONSTANT, STEPS, LOSS_BANDS or PLATEAU");
    require("stopping", stopping, "VALIDATION_BEST, LOSS_THRESHOLD or FIXED_EPOCHS");
    Checks.positive("batch_size", batchSize);
    Checks.positive("max_epochs", maxEpochs);
    if (stopping instanceof StoppingRule.ValidationBest v && v.minEpochs() > maxEpochs) {
      throw new InvalidParameterException("min_epochs", v.minEpochs(), "at most max_epochs = " + maxEpochs);
    }
    require("initialisation", initialisation, "HE_NORMAL or TORCH_DEFAULT");
    Checks.positive("threads", threads);
  }

  /** Layer widths for the given input and output widths. */
  public int[] layerSizes(int inputWidth, int outputWidth) {
    int[] sizes = new int[hiddenLayers.size() + 2];
    sizes[0] = inputWidth;
    for (int l = 0; l < hiddenLayers.size(); l++) {
      sizes[l + 1] = hiddenLayers.get(l);
    }
    sizes[sizes.length - 1] = outputWidth;
    return sizes;
  }

  /** A copy with another thread count (the result does not change). */
  public TrainingPlan withThreads(int newThreads) {
    return new TrainingPlan(hiddenLayers, hiddenActivations, loss, adamEpsilon, weightDecay, schedule, stopping,
        batchSize, maxEpochs, initialisation, seed, newThreads);
  }

  /** A copy with another seed (ensemble members, repeated runs). */
  public TrainingPlan withSeed(long newSeed) {
    return new TrainingPlan(hiddenLayers, hiddenActivations, loss, adamEpsilon, weightDecay, schedule, stopping,
        batchSize, maxEpochs, initialisation, newSeed, threads);
  }

  private static void require(String name, Object value, String allowed) {
    if (value == null) {
      throw new InvalidParameterException(name, null, allowed);
    }
  }
}

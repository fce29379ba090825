package org.nucleiml.emulator.network;

import java.util.Collections;
import java.util.List;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Every hyper-parameter of one mixture density network run ({@link MdnTrainer}), validated here: the
 * network, the head, Adam, the learning rate and the epoch budget. Full batch: every epoch is one Adam
 * step on the whole training set (and the whole penalty universe), as the spec's section 4.4 chooses,
 * and the parameters with the lowest total loss seen are kept ([S004] Methods ¶9, ¶11).
 *
 * @param hiddenLayers widths of the hidden layers, each >= 1 ([S004]: six of 8)
 * @param activation the activation of every hidden layer (the spec's choice: tanh)
 * @param components K Gaussians of the head, >= 1
 * @param adamEpsilon Adam's epsilon, > 0
 * @param weightDecay coupled L2 weight decay as torch.optim.Adam, >= 0
 * @param schedule the learning rate epoch by epoch (CONSTANT or STEPS; loss-driven schedules see the NLL)
 * @param maxEpochs the epochs run, >= 1
 * @param initialisation how the initial parameters are drawn
 * @param seed fixes the initialisation
 * @param threads worker threads, >= 1; never changes the result
 * @param sigmaWarmupEpochs the first epochs in which the widths get no gradient from L1, so every row
 *     pulls on the means with the same weight, as in a squared-error fit (0: the plain NLL throughout);
 *     without it a heteroscedastic NLL can explain a badly fitted row by a wide sigma instead of moving
 *     its mean (measured in docs/mass-models.md)
 */
public record MdnPlan(List<Integer> hiddenLayers, Activation activation, int components, double adamEpsilon,
    double weightDecay, LearningRateSchedule schedule, int maxEpochs, Initialisation initialisation, long seed,
    int threads, int sigmaWarmupEpochs) {

  /** A plan without a width warm-up. */
  public MdnPlan(List<Integer> hiddenLayers, Activation activation, int components, double adamEpsilon,
      double weightDecay, LearningRateSchedule schedule, int maxEpochs, Initialisation initialisation, long seed,
      int threads) {
    this(hiddenLayers, activation, components, adamEpsilon, weightDecay, schedule, maxEpochs, initialisation, seed,
        threads, 0);
  }

  /** Validates every field. */
  public MdnPlan {
    hiddenLayers = List.copyOf(hiddenLayers);
    for (int width : hiddenLayers) {
      Checks.positive("hidden_layers", width);
    }
    if (activation == null) {
      throw new InvalidParameterException("activation", null, "one of " + List.of(Activation.Kind.values()));
    }
    Checks.positive("mdn_components", components);
    Checks.positive("adam_epsilon", adamEpsilon);
    Checks.nonNegative("weight_decay", weightDecay);
    if (schedule == null || schedule instanceof LearningRateSchedule.Plateau) {
      throw new InvalidParameterException("schedule", schedule, "CONSTANT, STEPS or LOSS_BANDS");
    }
    Checks.positive("max_epochs", maxEpochs);
    if (initialisation == null) {
      throw new InvalidParameterException("initialisation", null, "HE_NORMAL or TORCH_DEFAULT");
    }
    Checks.positive("threads", threads);
    Checks.nonNegative("sigma_warmup_epochs", sigmaWarmupEpochs);
  }

  /** The head. */
  public MixtureDensityHead head() {
    return new MixtureDensityHead(components);
  }

  /** Layer widths for {@code inputWidth} features (the output layer is the head's 3K). */
  public int[] layerSizes(int inputWidth) {
    int[] sizes = new int[hiddenLayers.size() + 2];
    sizes[0] = inputWidth;
    for (int l = 0; l < hiddenLayers.size(); l++) {
      sizes[l + 1] = hiddenLayers.get(l);
    }
    sizes[sizes.length - 1] = head().outputWidth();
    return sizes;
  }

  /** One activation per hidden layer. */
  public List<Activation> hiddenActivations() {
    return Collections.nCopies(hiddenLayers.size(), activation);
  }

  /** A copy with another thread count (the result does not change). */
  public MdnPlan withThreads(int newThreads) {
    return new MdnPlan(hiddenLayers, activation, components, adamEpsilon, weightDecay, schedule, maxEpochs,
        initialisation, seed, newThreads, sigmaWarmupEpochs);
  }
}

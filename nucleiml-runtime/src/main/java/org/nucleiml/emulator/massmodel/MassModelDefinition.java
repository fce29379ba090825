package org.nucleiml.emulator.massmodel;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.emulator.network.StoppingRule;
import org.nucleiml.emulator.network.TrainingPlan;

/**
 * One named mass model: its network and how it is trained. No run facts (threads come with the run).
 * Validation is that of {@link TrainingPlan}, run at construction, plus the id.
 *
 * @param id the model's name, e.g. "A-III": letters, digits, '.', '_' and '-'
 * @param hiddenLayers hidden widths, e.g. [80, 40]
 * @param activation the activation of every hidden layer (the output layer is linear)
 * @param loss the loss on the z-scored outputs (HUBER or MSE), the mean over the outputs of a row
 * @param adamEpsilon Adam's epsilon (1e-8 as PyTorch)
 * @param weightDecay coupled L2 weight decay as torch.optim.Adam
 * @param schedule the learning rate epoch by epoch
 * @param stopping when to stop and which epoch to keep
 * @param batchSize rows per mini-batch, {@link TrainingPlan#FULL_BATCH} for full batch
 * @param maxEpochs the most epochs run
 * @param initialisation how the initial parameters are drawn
 * @param seed fixes initialisation and shuffling
 * @param members M networks trained alike from different seeds, predicting as the mean of their outputs
 *     (1: the single network of the paper); member 0 uses {@code seed}, member k >= 1
 *     {@code Seeds.derive(seed, k)}, so M = 1 is the single network byte for byte and the networks of two
 *     seeds are members 0 and 1 of the first
 */
public record MassModelDefinition(String id, List<Integer> hiddenLayers, Activation activation, LossFunction loss,
    double adamEpsilon, double weightDecay, LearningRateSchedule schedule, StoppingRule stopping, int batchSize,
    int maxEpochs, Initialisation initialisation, long seed, int members) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Validates every field. */
  public MassModelDefinition {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidParameterException("model id", id, "1-64 letters, digits, '.', '_' or '-'");
    }
    if (loss != LossFunction.HUBER && loss != LossFunction.MSE) {
      throw new InvalidParameterException("model " + id + " loss", loss, "HUBER or MSE (on z-scored outputs)");
    }
    Checks.positive("models[" + id + "].members", members);
    hiddenLayers = List.copyOf(hiddenLayers);
    new TrainingPlan(hiddenLayers, Collections.nCopies(hiddenLayers.size(), activation), loss, adamEpsilon,
        weightDecay, schedule, stopping, batchSize, maxEpochs, initialisation, seed, 1);
  }

  /** A single network (M = 1). */
  public MassModelDefinition(String id, List<Integer> hiddenLayers, Activation activation, LossFunction loss,
      double adamEpsilon, double weightDecay, LearningRateSchedule schedule, StoppingRule stopping, int batchSize,
      int maxEpochs, Initialisation initialisation, long seed) {
    this(id, hiddenLayers, activation, loss, adamEpsilon, weightDecay, schedule, stopping, batchSize, maxEpochs,
        initialisation, seed, 1);
  }

  /**
   * The [S003] network in the spec's {@code ci} profile (section 3.5): GELU hidden layers, Huber on the
   * z-scored outputs, Adam epsilon 1e-8 without weight decay, batch 32, rate 1e-3 for epochs 1-1,500,
   * 3e-4 to 2,500, 1e-4 to 3,000, PyTorch initialisation, keeping the epoch with the lowest validation
   * loss.
   *
   * @param hiddenLayers [80, 40] (Case A) or [120, 60] (Case B)
   */
  public static MassModelDefinition huangCi(String id, List<Integer> hiddenLayers, long seed) {
    return new MassModelDefinition(id, hiddenLayers, Activation.GELU, LossFunction.HUBER, 1e-8, 0.0,
        new LearningRateSchedule.Steps(List.of(1, 1501, 2501), List.of(1e-3, 3e-4, 1e-4)),
        new StoppingRule.ValidationBest(3000, 3000), 32, 3000, Initialisation.TORCH_DEFAULT, seed);
  }

  /**
   * The training plan of member {@code member} for a run on {@code threads} threads (the result does not
   * depend on them).
   */
  public TrainingPlan plan(int member, int threads) {
    return new TrainingPlan(hiddenLayers, Collections.nCopies(hiddenLayers.size(), activation), loss, adamEpsilon,
        weightDecay, schedule, stopping, batchSize, maxEpochs, initialisation, memberSeed(member), threads);
  }

  /** The seed of member {@code member}: the model's seed for member 0 (so M = 1 is the single network). */
  public long memberSeed(int member) {
    if (member < 0 || member >= members) {
      throw new InvalidParameterException("models[" + id + "] member", member, "0 to " + (members - 1));
    }
    return member == 0 ? seed : Seeds.derive(seed, member);
  }

  /** A copy with other schedule, stopping and epoch budget (profiles of one model). */
  public MassModelDefinition withTraining(LearningRateSchedule newSchedule, StoppingRule newStopping,
      int newBatchSize, int newMaxEpochs) {
    return new MassModelDefinition(id, hiddenLayers, activation, loss, adamEpsilon, weightDecay, newSchedule,
        newStopping, newBatchSize, newMaxEpochs, initialisation, seed, members);
  }

  /** A copy with another id and seed (ensemble members, repeats). */
  public MassModelDefinition withIdAndSeed(String newId, long newSeed) {
    return new MassModelDefinition(newId, hiddenLayers, activation, loss, adamEpsilon, weightDecay, schedule,
        stopping, batchSize, maxEpochs, initialisation, newSeed, members);
  }

  /** A copy with M = {@code newMembers} networks. */
  public MassModelDefinition withMembers(int newMembers) {
    return new MassModelDefinition(id, hiddenLayers, activation, loss, adamEpsilon, weightDecay, schedule,
        stopping, batchSize, maxEpochs, initialisation, seed, newMembers);
  }
}

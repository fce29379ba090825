package org.nucleiml.emulator.massmodel;

import java.util.List;
import java.util.regex.Pattern;
import org.nucleiml.Checks;
import org.nucleiml.Seeds;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.MdnPlan;
import org.nucleiml.emulator.network.RelationPenalty;

/**
 * One named probabilistic mass model ([S004], the spec's section 4.4): a mixture density network on
 * the z-scored (or min-max scaled) features, trained on the z-scored mass excess with the
 * Garvey-Kelson penalty of weight lambda over the data set's chart. No run facts.
 *
 * @param id the model's name: letters, digits, '.', '_' and '-'
 * @param hiddenLayers hidden widths ([S004]: 8,8,8,8,8,8)
 * @param activation hidden activation (the spec's choice: tanh)
 * @param components K Gaussians (1 as the paper)
 * @param adamEpsilon Adam's epsilon (1e-8)
 * @param weightDecay coupled L2 weight decay ([S004]: 0.01)
 * @param schedule the learning rate per epoch
 * @param epochs full-batch epochs
 * @param initialisation initial parameters
 * @param seed fixes the initialisation
 * @param penaltyWeight lambda of the GK term (1 as the paper, 0 for the ablation)
 * @param reduction how the GK values combine (MEAN_ABS as the spec's choice)
 * @param inputScaling {@code zscore} (the spec's choice) or {@code minmax}
 * @param sigmaWarmupEpochs epochs at the start in which the widths are not trained (see {@link MdnPlan})
 * @param members M networks trained alike from different seeds and predicting as one equal-weight
 *     mixture (1: a single network, the paper's model); member 0 uses {@code seed}, member k >= 1 the
 *     seed derived from (seed, k)
 */
public record MdnDefinition(String id, List<Integer> hiddenLayers, Activation activation, int components,
    double adamEpsilon, double weightDecay, LearningRateSchedule schedule, int epochs, Initialisation initialisation,
    long seed, double penaltyWeight, RelationPenalty.Reduction reduction, String inputScaling, int sigmaWarmupEpochs,
    int members) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Validates every field (the plan's checks run here too, so a bad definition fails before training). */
  public MdnDefinition {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidParameterException("model id", id, "1-64 letters, digits, '.', '_' or '-'");
    }
    hiddenLayers = List.copyOf(hiddenLayers);
    Checks.nonNegative("models[" + id + "].lambda", penaltyWeight);
    if (reduction == null) {
      throw new InvalidParameterException("models[" + id + "].gkReduction", null, "MEAN_ABS, SUM_ABS or ABS_OF_SUM");
    }
    if (!List.of("zscore", "minmax").contains(inputScaling)) {
      throw new InvalidParameterException("models[" + id + "].inputScaling", inputScaling, "zscore or minmax");
    }
    Checks.positive("models[" + id + "].members", members);
    new MdnPlan(hiddenLayers, activation, components, adamEpsilon, weightDecay, schedule, epochs, initialisation,
        seed, 1, sigmaWarmupEpochs);
  }

  /** The network of member {@code member} run on {@code threads} threads (never changes the result). */
  public MdnPlan plan(int member, int threads) {
    if (member < 0 || member >= members) {
      throw new InvalidParameterException("models[" + id + "] member", member, "0 to " + (members - 1));
    }
    return new MdnPlan(hiddenLayers, activation, components, adamEpsilon, weightDecay, schedule, epochs,
        initialisation, memberSeed(member), threads, sigmaWarmupEpochs);
  }

  /** The seed of member {@code member}: the model's seed for member 0 (so M = 1 is the single network). */
  public long memberSeed(int member) {
    return member == 0 ? seed : Seeds.derive(seed, member);
  }

  /** What the fingerprint and the model file record. */
  public String describe() {
    return "type=mdn, hidden=" + hiddenLayers + ", activation=" + activation.kind() + ", K=" + components
        + ", adamEpsilon=" + adamEpsilon + ", weightDecay=" + weightDecay + ", schedule=" + schedule + ", epochs="
        + epochs + ", initialisation=" + initialisation + ", seed=" + seed + ", lambda=" + penaltyWeight
        + ", gkReduction=" + reduction + ", inputScaling=" + inputScaling + ", sigmaWarmupEpochs=" + sigmaWarmupEpochs
        + (members == 1 ? "" : ", members=" + members);
  }
}

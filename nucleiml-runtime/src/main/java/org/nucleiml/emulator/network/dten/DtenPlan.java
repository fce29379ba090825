package org.nucleiml.emulator.network.dten;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.AdamOptimizer;
import org.nucleiml.emulator.network.LearningRateSchedule;

/**
 * Every hyper-parameter of a DTEN training run ([S002] §III, the spec's section 5.4): loss
 * L = mean(A^alpha (yhat - y)^2) over a batch, Adam, mini-batches of {@code batchSize} rows (the last one
 * partial) visiting every training row once per epoch in a seeded shuffle, a reduce-on-plateau schedule
 * with reload that also ends the run, and an epoch cap.
 *
 * @param architecture the network
 * @param alpha the exponent of the loss weight A^alpha, >= 0 ([S002] Fig. 3(b): 0, 1 or 2; 1 the best)
 * @param batchSize rows per Adam step, >= 2 (batch normalisation needs two rows)
 * @param schedule initial rate, patience, factor, floor and reload ([S002]: 1e-3, 50, 0.1, 1e-8, reload)
 * @param maxEpochs the cap, >= 1
 * @param adamEpsilon Adam's epsilon (PyTorch's 1e-8)
 * @param seed the ensemble's seed; member i draws from {@code Seeds.derive(seed, i)}
 * @param threads worker threads, >= 1; never changes the result
 */
public record DtenPlan(DtenArchitecture architecture, double alpha, int batchSize,
    LearningRateSchedule.Plateau schedule, int maxEpochs, double adamEpsilon, long seed, int threads) {

  /** The paper's protocol ([S002] §III with the spec's choices) for {@code architecture}. */
  public static DtenPlan paper(DtenArchitecture architecture, int maxEpochs, long seed, int threads) {
    return new DtenPlan(architecture, 1.0, 32, new LearningRateSchedule.Plateau(1e-3, 50, 0.1, 1e-8, true),
        maxEpochs, AdamOptimizer.TORCH_EPSILON, seed, threads);
  }

  /** Validates every field. */
  public DtenPlan {
    if (architecture == null) {
      throw new InvalidParameterException("architecture", null, "a DTEN architecture (table-I, lite or explicit)");
    }
    Checks.nonNegative("alpha", alpha);
    if (batchSize < 2) {
      throw new InvalidParameterException("batchSize", batchSize, ">= 2 (batch normalisation needs two rows)");
    }
    if (schedule == null) {
      throw new InvalidParameterException("schedule", null, "a plateau schedule");
    }
    Checks.positive("maxEpochs", maxEpochs);
    Checks.positive("adamEpsilon", adamEpsilon);
    Checks.positive("threads", threads);
  }

  /** A copy with another thread count (the result does not change). */
  public DtenPlan withThreads(int newThreads) {
    return new DtenPlan(architecture, alpha, batchSize, schedule, maxEpochs, adamEpsilon, seed, newThreads);
  }

  /** A copy with another epoch cap. */
  public DtenPlan withMaxEpochs(int epochs) {
    return new DtenPlan(architecture, alpha, batchSize, schedule, epochs, adamEpsilon, seed, threads);
  }
}

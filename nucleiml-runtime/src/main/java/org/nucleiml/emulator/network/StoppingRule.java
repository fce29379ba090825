package org.nucleiml.emulator.network;

import org.nucleiml.Checks;

/**
 * When training ends (besides the plan's maximum epoch count) and which epoch's parameters are kept.
 */
public sealed interface StoppingRule {

  /**
   * Stop after {@code patience} epochs without a new lowest validation loss, once {@code minEpochs}
   * have run; keep the best validation epoch (the emulator's rule).
   */
  record ValidationBest(int patience, int minEpochs) implements StoppingRule {
    /** Validates the fields. */
    public ValidationBest {
      Checks.positive("patience", patience);
      Checks.nonNegative("min_epochs", minEpochs);
    }
  }

  /**
   * Stop after the first epoch whose mean training loss is below {@code threshold} ([S003] Methods
   * II, III); keep that epoch's parameters.
   */
  record LossThreshold(double threshold) implements StoppingRule {
    /** Validates the threshold. */
    public LossThreshold {
      Checks.positive("loss_threshold", threshold);
    }
  }

  /** Run the maximum number of epochs and keep the last parameters. */
  record FixedEpochs() implements StoppingRule {}
}

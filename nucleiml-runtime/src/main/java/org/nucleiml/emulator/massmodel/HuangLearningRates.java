package org.nucleiml.emulator.massmodel;

import java.util.List;
import org.nucleiml.emulator.network.LearningRateSchedule;

/**
 * The learning-rate tables of [S003] Table II (reconstructed in the mass-model spec, section 3.5):
 * the rate chosen before each epoch from the previous epoch's training loss, in the paper's
 * normalisation (so the loss bounds do not transfer exactly to ours; see the spec).
 */
public final class HuangLearningRates {

  private HuangLearningRates() {}

  /** Case A, Method I: loss >= 4e-5 -> 3e-3; >= 1e-5 -> 5e-4; >= 7.5e-6 -> 5e-5; >= 6e-6 -> 2e-5; else 3e-6. */
  public static LearningRateSchedule caseAMethodI() {
    return new LearningRateSchedule.LossBands(List.of(4.0e-5, 1.0e-5, 7.5e-6, 6.0e-6, 0.0),
        List.of(3.0e-3, 5.0e-4, 5.0e-5, 2.0e-5, 3.0e-6));
  }

  /** Case A, Methods II and III: constant 1e-3. */
  public static LearningRateSchedule caseAMethodsIIandIII() {
    return new LearningRateSchedule.Constant(1.0e-3);
  }

  /**
   * Case B, Method I: >= 5e-5 -> 3e-3; >= 2.5e-5 -> 1e-3; >= 2e-5 -> 5e-4; >= 1.2e-5 -> 1e-4;
   * >= 1e-5 -> 2e-5; >= 8e-6 -> 1e-5; else 3e-6.
   */
  public static LearningRateSchedule caseBMethodI() {
    return new LearningRateSchedule.LossBands(List.of(5.0e-5, 2.5e-5, 2.0e-5, 1.2e-5, 1.0e-5, 8.0e-6, 0.0),
        List.of(3.0e-3, 1.0e-3, 5.0e-4, 1.0e-4, 2.0e-5, 1.0e-5, 3.0e-6));
  }

  /** Case B, Methods II and III: constant 1e-4. */
  public static LearningRateSchedule caseBMethodsIIandIII() {
    return new LearningRateSchedule.Constant(1.0e-4);
  }

  /** Case C, Method III: >= 5e-5 -> 3e-3; >= 2e-5 -> 5e-4; else 1e-4. */
  public static LearningRateSchedule caseCMethodIII() {
    return new LearningRateSchedule.LossBands(List.of(5.0e-5, 2.0e-5, 0.0), List.of(3.0e-3, 5.0e-4, 1.0e-4));
  }
}

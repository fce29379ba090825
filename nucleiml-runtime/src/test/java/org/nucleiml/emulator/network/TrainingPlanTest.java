package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link TrainingPlan} runs of {@link MiniBatchTrainer}: schedules, stopping rules, full batch. */
class TrainingPlanTest {

  private static final TrainingData TRAIN = MiniBatchTrainerTest.smooth(200, 1);
  private static final TrainingData VALIDATION = MiniBatchTrainerTest.smooth(60, 2);

  @Test
  void testSteps_rateChangesAtTheGivenEpochs() {
    TrainingResult r = train(new LearningRateSchedule.Steps(List.of(1, 3, 5), List.of(1e-2, 3e-3, 1e-3)),
        new StoppingRule.FixedEpochs(), 16, 6);
    assertEquals(List.of(1e-2, 1e-2, 3e-3, 3e-3, 1e-3, 1e-3), r.learningRates());
  }

  @Test
  void testLossBands_rateFollowsThePreviousTrainingLoss() {
    LearningRateSchedule bands = new LearningRateSchedule.LossBands(List.of(0.05, 0.01, 0.0), List.of(1e-2, 3e-3, 1e-3));
    TrainingResult r = train(bands, new StoppingRule.FixedEpochs(), 16, 40);
    assertEquals(1e-2, r.learningRates().get(0), 0.0);
    for (int e = 1; e < r.history().size(); e++) {
      double previous = r.history().get(e - 1).trainingLoss();
      double expected = previous >= 0.05 ? 1e-2 : previous >= 0.01 ? 3e-3 : 1e-3;
      assertEquals(expected, r.learningRates().get(e), 0.0, "epoch " + (e + 1));
    }
    assertTrue(r.learningRates().contains(3e-3), "the loss crosses into the middle band: " + r.learningRates());
  }

  @Test
  void testLossThreshold_stopsAtTheFirstEpochBelowAndKeepsIt() {
    TrainingResult r = train(new LearningRateSchedule.Constant(1e-2), new StoppingRule.LossThreshold(0.02), 16, 500);
    int last = r.history().size();
    assertTrue(r.stoppedEarly());
    assertTrue(r.history().get(last - 1).trainingLoss() < 0.02);
    for (int e = 0; e < last - 1; e++) {
      assertTrue(r.history().get(e).trainingLoss() >= 0.02);
    }
    assertEquals(last, r.bestEpoch());
    assertEquals(r.history().get(last - 1).validationLoss(), MiniBatchTrainer.loss(r.network(), VALIDATION,
        LossFunction.MSE, 1), 1e-15);
  }

  @Test
  void testPlateau_reducesTheRateAndStopsBelowTheFloor() {
    // A rate far too high stalls the validation loss quickly, so the schedule must cut it.
    LearningRateSchedule.Plateau plateau = new LearningRateSchedule.Plateau(0.3, 2, 0.1, 1e-4, true);
    TrainingResult r = train(plateau, new StoppingRule.ValidationBest(10_000, 0), 16, 400);
    List<Double> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(r.learningRates()));
    assertTrue(distinct.size() >= 3, "rates used " + distinct);
    for (int i = 1; i < distinct.size(); i++) {
      assertEquals(distinct.get(i - 1) * 0.1, distinct.get(i), 1e-18);
    }
    assertTrue(r.stoppedEarly());
    assertTrue(distinct.get(distinct.size() - 1) * 0.1 < 1e-4, "stopped once the next rate fell below the floor");
  }

  @Test
  void testFullBatch_equalsOneBatchOfAllRowsAndIsThreadIndependent() {
    TrainingResult full = train(new LearningRateSchedule.Constant(1e-2), new StoppingRule.FixedEpochs(),
        TrainingPlan.FULL_BATCH, 30);
    TrainingResult rows = train(new LearningRateSchedule.Constant(1e-2), new StoppingRule.FixedEpochs(), 200, 30);
    assertArrayEquals(rows.network().parameters(), full.network().parameters(), 0.0);
    TrainingPlan plan = plan(new LearningRateSchedule.Constant(1e-2), new StoppingRule.FixedEpochs(),
        TrainingPlan.FULL_BATCH, 30);
    double[] two = new MiniBatchTrainer(plan.withThreads(2)).train(TRAIN, VALIDATION, e -> { }).network().parameters();
    assertArrayEquals(full.network().parameters(), two, 0.0);
    assertFalse(full.stoppedEarly());
    assertEquals(30, full.bestEpoch());
  }

  @Test
  void testEmulatorSettings_mapOntoAnEquivalentPlan() {
    TrainingSettings s = new TrainingSettings(List.of(8, 8), LossFunction.HUBER, 1e-3, 32, 7, 3, 2, 5L, 1);
    double[] viaSettings = new MiniBatchTrainer(s).train(TRAIN, VALIDATION, e -> { }).network().parameters();
    TrainingPlan plan = new TrainingPlan(List.of(8, 8), Collections.nCopies(2, Activation.RELU), LossFunction.HUBER,
        AdamOptimizer.EPSILON, 0.0, new LearningRateSchedule.Constant(1e-3), new StoppingRule.ValidationBest(2, 3),
        32, 7, Initialisation.HE_NORMAL, 5L, 1);
    assertEquals(plan, s.plan());
    assertArrayEquals(viaSettings, new MiniBatchTrainer(plan).train(TRAIN, VALIDATION, e -> { }).network().parameters(),
        0.0);
  }

  @Test
  void testPlan_rejectsBadOptions() {
    assertEquals("adam_epsilon", assertThrows(InvalidParameterException.class,
        () -> plan(0.0, 0.0)).parameter());
    assertEquals("weight_decay", assertThrows(InvalidParameterException.class,
        () -> plan(1e-8, -1.0)).parameter());
    assertEquals("hidden_activations", assertThrows(InvalidParameterException.class,
        () -> new TrainingPlan(List.of(4, 4), List.of(Activation.GELU), LossFunction.MSE, 1e-8, 0,
            new LearningRateSchedule.Constant(1e-3), new StoppingRule.FixedEpochs(), 8, 5, Initialisation.HE_NORMAL,
            1L, 1)).parameter());
    assertEquals("learning_rate_bands", assertThrows(InvalidParameterException.class,
        () -> new LearningRateSchedule.LossBands(List.of(0.1, 0.01), List.of(1e-3, 1e-4))).parameter());
    assertEquals("learning_rate_steps", assertThrows(InvalidParameterException.class,
        () -> new LearningRateSchedule.Steps(List.of(2), List.of(1e-3))).parameter());
    assertEquals("plateau_factor", assertThrows(InvalidParameterException.class,
        () -> new LearningRateSchedule.Plateau(1e-3, 5, 1.5, 1e-8, true)).parameter());
    assertEquals("loss_threshold", assertThrows(InvalidParameterException.class,
        () -> new StoppingRule.LossThreshold(-1)).parameter());
  }

  private static TrainingPlan plan(double epsilon, double decay) {
    return new TrainingPlan(List.of(4), List.of(Activation.GELU), LossFunction.MSE, epsilon, decay,
        new LearningRateSchedule.Constant(1e-3), new StoppingRule.FixedEpochs(), 8, 5, Initialisation.HE_NORMAL, 1L, 1);
  }

  private static TrainingPlan plan(LearningRateSchedule schedule, StoppingRule stopping, int batch, int epochs) {
    return new TrainingPlan(List.of(16, 16), List.of(Activation.GELU, Activation.TANH), LossFunction.MSE, 1e-8, 1e-6,
        schedule, stopping, batch, epochs, Initialisation.TORCH_DEFAULT, 3L, 1);
  }

  private static TrainingResult train(LearningRateSchedule schedule, StoppingRule stopping, int batch, int epochs) {
    return new MiniBatchTrainer(plan(schedule, stopping, batch, epochs)).train(TRAIN, VALIDATION, e -> { });
  }
}

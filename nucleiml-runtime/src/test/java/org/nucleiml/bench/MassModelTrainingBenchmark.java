package org.nucleiml.bench;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.emulator.network.MiniBatchTrainer;
import org.nucleiml.emulator.network.StoppingRule;
import org.nucleiml.emulator.network.TrainingData;
import org.nucleiml.emulator.network.TrainingPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Training throughput of the [S003] mass-model networks: {@link #EPOCHS} epochs of Adam on 1,720
 * training rows (the Case A training set) with Huber loss, plus the loss on 172 validation rows after
 * each epoch. Score: training examples per second (rows x epochs / time), one benchmark thread; the
 * trainer's own {@link #threads} parameter is the parallelism measured.
 *
 * <p>Run: {@code ./mvnw -o -pl nucleiml-runtime -Pbench test-compile exec:exec
 * -Dbench=MassModelTrainingBenchmark}, narrowing with e.g. {@code -Dbench.args="-f 1 -wi 3 -i 5 -p threads=1,2"}.
 */
@State(Scope.Thread)
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MassModelTrainingBenchmark {

  static final int ROWS = 1720;
  static final int VALIDATION_ROWS = 172;
  static final int INPUTS = 11;
  static final int OUTPUTS = 3;
  static final int EPOCHS = 4;

  /** Hidden widths: "80-40" (Case A) or "120-60" (Case B). */
  @Param({"80-40", "120-60"})
  public String hidden;

  /** Rows per mini-batch, or "full". */
  @Param({"32", "full"})
  public String batch;

  /** The hidden activation: GELU (the paper) or RELU (the emulator's kernel, for comparison). */
  @Param({"GELU"})
  public String activation;

  /** Trainer threads (the result is the same for any count). */
  @Param({"1", "2"})
  public int threads;

  private TrainingPlan plan;
  private TrainingData train;
  private TrainingData validation;

  /** Builds the data (random inputs in [0, 1], smooth targets) and the plan. */
  @Setup(Level.Trial)
  public void setUp() {
    List<Integer> widths = java.util.Arrays.stream(hidden.split("-")).map(Integer::valueOf).toList();
    int size = batch.equals("full") ? TrainingPlan.FULL_BATCH : Integer.parseInt(batch);
    plan = new TrainingPlan(widths, Collections.nCopies(widths.size(), Activation.parse(activation)),
        LossFunction.HUBER, 1e-8, 0.0, new LearningRateSchedule.Constant(1e-3), new StoppingRule.FixedEpochs(), size,
        EPOCHS, Initialisation.TORCH_DEFAULT, 42L, threads);
    train = data(ROWS, 1L);
    validation = data(VALIDATION_ROWS, 2L);
  }

  /** {@link #EPOCHS} epochs; the score is divided by the examples they process via the op count below. */
  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(ROWS * EPOCHS)
  public void trainEpochs(Blackhole hole) {
    hole.consume(new MiniBatchTrainer(plan).train(train, validation, e -> { }).network());
  }

  TrainingPlan plan() {
    return plan;
  }

  TrainingData trainData() {
    return train;
  }

  TrainingData validationData() {
    return validation;
  }

  private static TrainingData data(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[rows * INPUTS];
    double[] t = new double[rows * OUTPUTS];
    for (int i = 0; i < rows; i++) {
      double s = 0;
      for (int k = 0; k < INPUTS; k++) {
        x[i * INPUTS + k] = r.nextDouble();
        s += (k + 1) * x[i * INPUTS + k];
      }
      t[i * OUTPUTS] = Math.sin(s / 10);
      t[i * OUTPUTS + 1] = Math.cos(s / 7);
      t[i * OUTPUTS + 2] = t[i * OUTPUTS] - t[i * OUTPUTS + 1];
    }
    return TrainingData.unscaled(x, t, rows, INPUTS, OUTPUTS);
  }
}

package org.nucleiml.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nucleiml.emulator.Emulator;
import org.nucleiml.emulator.EmulatorPrediction;
import org.nucleiml.emulator.EmulatorTraining;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.SyntheticSamples;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Inference cost of the emulator with the study's 4 x 64 networks (classifier + two-output regressor),
 * on one thread: one prediction through the convenience API, and batches of {@link #BATCH} through the
 * allocation-free path (score = predictions per second), with and without the ensemble's uncertainty.
 */
@State(Scope.Thread)
@Threads(1)
public class EmulatorPredictionBenchmark {

  static final int BATCH = 1024;

  private Emulator emulator;
  private Emulator.Workspace workspace;
  private NuclearMatterParameters nmp;
  private Nucleus nucleus;
  private final double[] rows = new double[7 * BATCH];
  private final int[] z = new int[BATCH];
  private final int[] n = new int[BATCH];
  private final double[] p = new double[BATCH];
  private final double[] be = new double[BATCH];
  private final double[] rch = new double[BATCH];
  private final double[] sigmaBe = new double[BATCH];
  private final double[] sigmaRch = new double[BATCH];

  /**
   * An emulator artifact to measure (e.g. one trained on real data: its share of inactive ReLUs, which
   * the kernel skips, is what matters); empty trains a tiny-epoch emulator of the 4 x 64 shape.
   */
  @Param({""})
  public String emulatorDirectory;

  /** Loads {@link #emulatorDirectory} or trains the stand-in. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    if (emulatorDirectory.isEmpty()) {
      Path work = Files.createTempDirectory("nml-bench");
      Path data = SyntheticSamples.write(work.resolve("samples.csv"), 300, 3L);
      NetworkConfig c = NetworkConfig.CLASSIFIER.withMaxEpochs(2);
      NetworkConfig r = NetworkConfig.REGRESSOR.withMaxEpochs(2);
      TrainingConfig config = TrainingConfig.defaults(data, work.resolve("emulator")).withNetworks(c, r);
      emulator = Emulator.load(EmulatorTraining.run(config, s -> { }).output());
    } else {
      emulator = Emulator.load(Path.of(emulatorDirectory));
    }
    workspace = emulator.newWorkspace();
    SplittableRandom random = new SplittableRandom(1);
    List<Nucleus> nuclei = SyntheticSamples.NUCLEI;
    for (int i = 0; i < BATCH; i++) {
      double[] v = {0.14 + 0.03 * random.nextDouble(), -16.5 + random.nextDouble(), 150 + 150 * random.nextDouble(),
          -1500 + 1900 * random.nextDouble(), 0.5 + 0.3 * random.nextDouble(), 20 + 20 * random.nextDouble(),
          20 + 80 * random.nextDouble()};
      System.arraycopy(v, 0, rows, 7 * i, 7);
      z[i] = nuclei.get(i % nuclei.size()).z();
      n[i] = nuclei.get(i % nuclei.size()).n();
    }
    nmp = NuclearMatterParameters.fromArray(java.util.Arrays.copyOf(rows, 7));
    nucleus = nuclei.get(4);
  }

  /** One prediction through the record API (allocates its small buffers). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public EmulatorPrediction single() {
    return emulator.predict(nmp, nucleus);
  }

  /** A batch through the allocation-free path; the score is predictions per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(BATCH)
  public double[] batched() {
    emulator.predict(rows, z, n, BATCH, p, be, rch, workspace);
    return be;
  }

  /**
   * A batch with the ensemble's uncertainty, as the posterior with emulatorUncertainty asks for it; the score
   * is predictions per second (for one network the sigmas are 0).
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(BATCH)
  public double[] batchedWithSigma() {
    emulator.predict(rows, z, n, BATCH, p, be, rch, sigmaBe, sigmaRch, workspace);
    return sigmaBe;
  }
}

package org.nucleiml.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nucleiml.emulator.network.MiniBatchTrainer;

/**
 * Hand-run companion of {@link MassModelTrainingBenchmark} for a shared, loaded machine: for each
 * network shape and batch it alternates runs on 1 and 2 trainer threads (so both see the same load) and
 * prints medians of wall-clock throughput and of throughput per CPU-second of this process (the work
 * per example, which the load hardly changes), plus the median of the paired 2-vs-1 ratios.
 *
 * <p>Usage: {@code java -cp <test classpath> org.nucleiml.bench.MassModelThroughput [pairs] [activation]}.
 */
public final class MassModelThroughput {

  /** Trainings per measurement: long enough (about a second) for the process CPU clock's resolution. */
  private static final int REPEATS = 10;

  private MassModelThroughput() {}

  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    String activation = args.length > 1 ? args[1] : "GELU";
    System.out.println("hidden batch | ex/s 1t | ex/s 2t | ratio 2t/1t | ex/CPU-s 1t | ex/CPU-s 2t  (medians of "
        + pairs + " interleaved pairs, " + activation + ", load " + load() + ")");
    for (String hidden : List.of("80-40", "120-60")) {
      for (String batch : List.of("32", "full")) {
        MassModelTrainingBenchmark one = setUp(hidden, batch, activation, 1);
        MassModelTrainingBenchmark two = setUp(hidden, batch, activation, 2);
        run(one);
        run(two);
        double[][] m = new double[5][pairs];
        for (int i = 0; i < pairs; i++) {
          double[] a = run(one);
          double[] b = run(two);
          m[0][i] = a[0];
          m[1][i] = b[0];
          m[2][i] = b[0] / a[0];
          m[3][i] = a[1];
          m[4][i] = b[1];
        }
        System.out.printf(Locale.ROOT, "%s %s | %.0f | %.0f | %.2f | %.0f | %.0f%n", hidden, batch, median(m[0]),
            median(m[1]), median(m[2]), median(m[3]), median(m[4]));
      }
    }
    System.out.println("load at the end " + load());
  }

  private static MassModelTrainingBenchmark setUp(String hidden, String batch, String activation, int threads) {
    MassModelTrainingBenchmark b = new MassModelTrainingBenchmark();
    b.hidden = hidden;
    b.batch = batch;
    b.activation = activation;
    b.threads = threads;
    b.setUp();
    return b;
  }

  /** {examples per wall second, examples per CPU second of the process} of one training. */
  private static double[] run(MassModelTrainingBenchmark b) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    List<Object> sink = new ArrayList<>();
    for (int r = 0; r < REPEATS; r++) {
      sink.add(new MiniBatchTrainer(b.plan()).train(b.trainData(), b.validationData(), e -> { }).network());
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double examples = (double) REPEATS * MassModelTrainingBenchmark.ROWS * MassModelTrainingBenchmark.EPOCHS;
    return new double[] {examples / wall, examples / cpu, sink.size()};
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}

package org.nucleiml.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nucleiml.emulator.network.AdamOptimizer;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.dten.DtenArchitecture;
import org.nucleiml.emulator.network.dten.DtenData;
import org.nucleiml.emulator.network.dten.DtenNetwork;
import org.nucleiml.emulator.network.dten.DtenPlan;
import org.nucleiml.emulator.network.dten.DtenTrainer;

/**
 * Hand-run training throughput of one DTEN member ([S002] Table I and {@code dten-lite}) on a shared,
 * loaded machine: for each network it alternates one-epoch trainings on 1 and 2 threads (so both see
 * the same load), batch 32, and prints medians of training examples per wall second and per CPU-second
 * of this process (the work per example, which the load hardly changes), plus the median of the paired
 * 2-vs-1 ratios. Inputs are random (the cost does not depend on the values); each measured epoch also
 * runs the (small) validation pass and the initialisation, as a real epoch-1 does.
 *
 * <p>Usage: {@code java -cp <test classpath> org.nucleiml.bench.DtenThroughput [pairs] [rows]}.
 */
public final class DtenThroughput {

  private DtenThroughput() {}

  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 256;
    System.out.println("network params | ex/s 1t | ex/s 2t | ratio 2t/1t | ex/CPU-s 1t | ex/CPU-s 2t  (medians of "
        + pairs + " interleaved pairs, " + rows + " rows per epoch, batch 32, load " + load() + ")");
    for (String name : new String[] {"dten-lite", "table-I"}) {
      DtenArchitecture a = name.equals("table-I") ? DtenArchitecture.tableI() : DtenArchitecture.lite();
      DtenData train = random(a, rows, 1);
      DtenData validation = random(a, 8, 2);
      run(a, 1, train, validation);
      run(a, 2, train, validation);
      double[][] m = new double[5][pairs];
      for (int i = 0; i < pairs; i++) {
        double[] one = run(a, 1, train, validation);
        double[] two = run(a, 2, train, validation);
        m[0][i] = one[0];
        m[1][i] = two[0];
        m[2][i] = two[0] / one[0];
        m[3][i] = one[1];
        m[4][i] = two[1];
      }
      System.out.printf(Locale.ROOT, "%s %d | %.1f | %.1f | %.2f | %.1f | %.1f%n", name,
          new DtenNetwork(a).parameterCount(), median(m[0]), median(m[1]), median(m[2]), median(m[3]), median(m[4]));
    }
    System.out.println("load at the end " + load());
  }

  /** {examples per wall second, examples per CPU second of the process} of one one-epoch training. */
  private static double[] run(DtenArchitecture a, int threads, DtenData train, DtenData validation) {
    DtenPlan plan = new DtenPlan(a, 1.0, 32, new LearningRateSchedule.Plateau(1e-3, 50, 0.1, 1e-8, true), 1,
        AdamOptimizer.TORCH_EPSILON, 1L, threads);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    new DtenTrainer(plan).train(3L, train, validation, e -> { });
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    return new double[] {train.rows() / wall, train.rows() / cpu};
  }

  private static DtenData random(DtenArchitecture a, int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] mass = new double[rows];
    double[] target = new double[rows];
    for (int i = 0; i < rows; i++) {
      mass[i] = 100;
      target[i] = r.nextDouble();
    }
    return new DtenData(uniform(r, rows * a.countFeatures()), uniform(r, rows * a.shellFeatures()),
        uniform(r, rows * a.densityChannels() * a.densityLength()), mass, target);
  }

  private static double[] uniform(SplittableRandom r, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextDouble();
    }
    return v;
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

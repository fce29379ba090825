package org.nucleiml.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * Thread CPU time per cold NL3 solve of this build and of a baseline build, alternating in one JVM
 * (the companion of {@link RmfSolverBaselineBenchmark} on a shared machine: wall times there move
 * with the other processes' load, thread CPU time far less, so the ratio of the two builds is the
 * figure to quote). Prints the median over {@code solves} solves after {@code warmup} ones of each
 * build, per nucleus and for the sum of the nuclei (one posterior evaluation).
 *
 * <pre>
 *   java -cp &lt;test classpath&gt; -Dnml.baseline=&lt;classes&gt; org.nucleiml.bench.SolverCpuComparison \
 *       40Ca,208Pb 30 40
 * </pre>
 */
public final class SolverCpuComparison {

  private static final ModelConstants NL3_CONSTANTS = new ModelConstants(508.194, 782.501, 763, 939);
  private static final Couplings NL3 = new Couplings(10.217, 12.868, 8.948, 2058.3495, -28.885, 0, 0);

  private SolverCpuComparison() {}

  /** Arguments: nuclei (comma-separated), warm-up solves, measured solves. */
  public static void main(String[] args) throws Exception {
    String[] names = (args.length > 0 ? args[0] : "40Ca,208Pb").split(",");
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int solves = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    BaselineSolver baseline = BaselineSolver.fromProperty();
    if (baseline == null) {
      throw new IllegalStateException("needs -D" + BaselineSolver.PROPERTY);
    }
    RmfSolver current = new RmfSolver(SolverSettings.DEFAULT);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[][] now = new double[names.length][solves];
    double[][] then = new double[names.length][solves];
    for (int k = 0; k < names.length; k++) {
      Nucleus nucleus = Nucleus.parse(names[k]);
      BaselineSolver.Problem old = baseline.problem(names[k], NL3, NL3_CONSTANTS);
      for (int i = -warmup; i < solves; i++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        old.solveRaw();
        long t1 = cpu.getCurrentThreadCpuTime();
        current.solve(nucleus, NL3, NL3_CONSTANTS);
        long t2 = cpu.getCurrentThreadCpuTime();
        if (i >= 0) {
          then[k][i] = (t1 - t0) / 1e6;
          now[k][i] = (t2 - t1) / 1e6;
        }
      }
    }
    double sumNow = 0;
    double sumThen = 0;
    for (int k = 0; k < names.length; k++) {
      double a = median(then[k]);
      double b = median(now[k]);
      sumThen += a;
      sumNow += b;
      System.out.printf(Locale.ROOT, "%-6s baseline %7.2f ms  current %7.2f ms  current/baseline %.3f%n",
          names[k], a, b, b / a);
    }
    System.out.printf(Locale.ROOT, "sum    baseline %7.2f ms  current %7.2f ms  current/baseline %.3f%n",
        sumThen, sumNow, sumNow / sumThen);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }
}

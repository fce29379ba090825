package org.nucleiml.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.matter.InversionOutcome;
import org.nucleiml.physics.matter.NmpBox;
import org.nucleiml.physics.matter.NoCouplingsReason;
import org.nucleiml.physics.matter.SaturationSolver;
import org.nucleiml.physics.matter.SoftDiagnostics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the inverse map on uniform points of the NMP box (one point per operation, so
 * ops/s = points/s), and, run by hand through {@link #main}, a census of the box: the share of
 * points with couplings, the count per failure reason, the soft diagnostics and the round-trip error
 * forward(inverse(p)) - p.
 *
 * <pre>
 * ./mvnw -o -pl nucleiml-runtime -Pbench test-compile exec:exec -Dbench=CouplingInverterBenchmark
 * java -cp &lt;test classpath&gt; org.nucleiml.bench.CouplingInverterBenchmark 10000   (census)
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CouplingInverterBenchmark {

  private static final long SEED = 7L;
  private static final int POINTS = 4096;

  private NuclearMatterParameters[] points;
  private int next;

  /** Pre-draws the points so that the benchmark measures the inversion only. */
  @Setup
  public void drawPoints() {
    points = new NuclearMatterParameters[POINTS];
    for (int i = 0; i < POINTS; i++) {
      points[i] = NmpBox.point(SEED, i);
    }
  }

  /** One inversion of the next box point. */
  @Benchmark
  public InversionOutcome invert() {
    NuclearMatterParameters p = points[next];
    next = (next + 1) & (POINTS - 1);
    return CouplingInverter.invert(p, ModelConstants.STUDY);
  }

  /** Census of {@code args[0]} (default 10,000) box points with seed {@code args[1]} (default 7). */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
    Map<NoCouplingsReason, Integer> reasons = new EnumMap<>(NoCouplingsReason.class);
    int[] flags = new int[7];
    double[] worst = new double[7];
    int valid = 0;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      NuclearMatterParameters p = NmpBox.point(seed, i);
      InversionOutcome out = CouplingInverter.invert(p, ModelConstants.STUDY);
      if (!out.hasCouplings()) {
        reasons.merge(out.reason(), 1, Integer::sum);
        continue;
      }
      valid++;
      count(flags, out.diagnostics(), p);
      flags[5] += SaturationSolver.localMinima(out.couplings(), ModelConstants.STUDY).size() > 1 ? 1 : 0;
      NuclearMatterParameters back = SaturationSolver.solve(out.couplings(), ModelConstants.STUDY);
      if (Math.abs(back.rho0() - p.rho0()) > 1e-6 * p.rho0()) {
        flags[6]++; // a deeper minimum elsewhere: p is only a local minimum of these couplings
      } else {
        roundTrip(worst, p, back);
      }
    }
    report(n, seed, valid, reasons, flags, worst, (System.nanoTime() - start) * 1e-9);
  }

  private static void count(int[] flags, SoftDiagnostics d, NuclearMatterParameters p) {
    flags[0] += d.rootCount() > 1 ? 1 : 0;
    flags[1] += d.negativeLambdaV() ? 1 : 0;
    flags[2] += d.rhoMassVanishesBelow(3, p.rho0()) ? 1 : 0;
    flags[3] += d.negativeB() ? 1 : 0;
    flags[4] += d.extremeCouplings() ? 1 : 0;
  }

  private static void roundTrip(double[] worst, NuclearMatterParameters p,
      NuclearMatterParameters back) {
    double[] a = p.toArray();
    double[] b = back.toArray();
    for (int k = 0; k < a.length; k++) {
      worst[k] = Math.max(worst[k], Math.abs(b[k] - a[k]) / Math.max(Math.abs(a[k]), 1));
    }
  }

  private static void report(int n, long seed, int valid, Map<NoCouplingsReason, Integer> reasons,
      int[] flags, double[] worst, double seconds) {
    System.out.printf("census of %d box points (seed %d), %.1f s with forward checks%n", n, seed,
        seconds);
    System.out.printf("  valid %d (%.2f %%)%n", valid, 100.0 * valid / n);
    for (NoCouplingsReason r : NoCouplingsReason.values()) {
      int c = reasons.getOrDefault(r, 0);
      System.out.printf("  %-17s %5d (%.2f %%)%n", r, c, 100.0 * c / n);
    }
    String[] names = {"two or more C roots", "Lambda_v < 0", "rho_c < 3 rho0", "B < 0",
        "coupling > " + SoftDiagnostics.EXTREME_COUPLING, "several E/A minima",
        "deeper minimum elsewhere"};
    for (int k = 0; k < names.length; k++) {
      System.out.printf("  of valid: %-20s %5d (%.2f %%)%n", names[k], flags[k],
          100.0 * flags[k] / valid);
    }
    for (int k = 0; k < worst.length; k++) {
      System.out.printf("  others: max |forward(inverse(p)) - p| / max(|p|, 1), %-12s %.2e%n",
          NuclearMatterParameters.NAMES.get(k), worst[k]);
    }
  }
}

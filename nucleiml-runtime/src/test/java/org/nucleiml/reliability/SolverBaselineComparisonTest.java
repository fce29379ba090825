package org.nucleiml.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nucleiml.bench.BaselineSolver;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.SamplingDesign;
import org.nucleiml.data.UnitCubeDesign;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.matter.InversionOutcome;
import org.nucleiml.physics.nucleus.NucleusSolution;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * This build's solver against a baseline build's (issue #21: a faster solver must keep the
 * answers) on the example study's own box sample: the first points of its generate step (uniform
 * design, seed 42, the study box), inverted to couplings, every nucleus solved by both from the
 * cold start. Reports the convergence class of both, the largest relative differences of BE and
 * Rch where both converged, every point whose class changed, and the thread CPU time of both
 * (interleaved per set on the same threads, so the ratio is from one run). Fails when a converged
 * BE or Rch moved by more than 1e-5 relative with the same occupied configuration (a numerical
 * change); a solve that converged to another configuration, i.e. another self-consistent solution
 * of a nucleus that has two, is listed with both configurations and counted, not failed.
 *
 * <p>Runs only with {@code -Dnml.baseline=<classes of the baseline>} (see {@link BaselineSolver});
 * {@code -Dnml.compare.points=N} (2,000), {@code -Dnml.compare.nuclei=...} (the five training
 * nuclei), {@code -Dnml.compare.threads=T} (2). Report: target/solver-comparison/.
 */
class SolverBaselineComparisonTest {

  private static final long STUDY_SEED = 42L;
  private static final double TOLERANCE = 1e-5;

  private record Row(int point, String nucleus, NucleusSolution now, BaselineSolver.Result then) {}

  @Test
  void testBaseline_convergedAnswersKeptOnTheStudyBoxSample() throws Exception {
    BaselineSolver baseline = BaselineSolver.fromProperty();
    Assumptions.assumeTrue(baseline != null, "no -D" + BaselineSolver.PROPERTY);
    int points = Integer.getInteger("nml.compare.points", 2000);
    int threads = Integer.getInteger("nml.compare.threads", 2);
    List<Nucleus> nuclei = Nucleus.parseList("nml.compare.nuclei",
        System.getProperty("nml.compare.nuclei", "16O,40Ca,48Ca,132Sn,208Pb"));
    ModelConstants k = ModelConstants.STUDY;
    RmfSolver solver = new RmfSolver(SolverSettings.DEFAULT);
    UnitCubeDesign design = SamplingDesign.UNIFORM.points(STUDY_SEED, 20_000,
        NuclearMatterParameters.NAMES.size());
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] nowNanos = new long[points];
    long[] thenNanos = new long[points];
    List<List<Row>> perPoint = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Row>>> futures = new ArrayList<>();
    for (int p = 0; p < points; p++) {
      int point = p;
      futures.add(pool.submit(() -> {
        List<Row> rows = new ArrayList<>();
        InversionOutcome inversion = CouplingInverter.invert(
            ParameterBox.STUDY.at(design.point(point)), k);
        if (!inversion.hasCouplings()) {
          return rows;
        }
        for (Nucleus n : nuclei) {
          BaselineSolver.Problem old = baseline.problem(n.name(), inversion.couplings(), k);
          // alternate which solver goes first, so neither profits from the other's cache state
          long t0 = cpu.getCurrentThreadCpuTime();
          BaselineSolver.Result then = point % 2 == 0 ? old.solve() : null;
          long t1 = cpu.getCurrentThreadCpuTime();
          NucleusSolution now = solver.solve(n, inversion.couplings(), k);
          long t2 = cpu.getCurrentThreadCpuTime();
          if (then == null) {
            then = old.solve();
          }
          long t3 = cpu.getCurrentThreadCpuTime();
          nowNanos[point] += t2 - t1;
          thenNanos[point] += (t1 - t0) + (t3 - t2);
          rows.add(new Row(point, n.name(), now, then));
        }
        return rows;
      }));
    }
    for (Future<List<Row>> f : futures) {
      perPoint.add(f.get());
    }
    pool.shutdown();

    Map<String, Integer> transitions = new TreeMap<>();
    Map<String, double[]> maxDiff = new TreeMap<>();
    List<String> changed = new ArrayList<>();
    StringBuilder csv = new StringBuilder("point,nucleus,old_class,new_class,old_iterations,"
        + "new_iterations,old_BE,new_BE,old_Rch,new_Rch,rel_dBE,rel_dRch\n");
    int sets = 0;
    long oldIterations = 0;
    long newIterations = 0;
    int beyond = 0;
    int otherConfiguration = 0;
    int otherMoreBound = 0;
    for (List<Row> rows : perPoint) {
      sets += rows.isEmpty() ? 0 : 1;
      for (Row r : rows) {
        String then = r.then().converged() ? "converged" : r.then().reason();
        String now = r.now().converged() ? "converged" : r.now().reason().name();
        transitions.merge(then + " -> " + now, 1, Integer::sum);
        oldIterations += r.then().iterations();
        newIterations += r.now().iterations();
        double dBe = Double.NaN;
        double dRch = Double.NaN;
        if (r.then().converged() && r.now().converged()) {
          dBe = Math.abs(r.now().bindingEnergyMeV() / r.then().bindingEnergyMeV() - 1);
          dRch = Math.abs(r.now().chargeRadiusFm() / r.then().chargeRadiusFm() - 1);
          double[] m = maxDiff.computeIfAbsent(r.nucleus(), x -> new double[2]);
          m[0] = Math.max(m[0], dBe);
          m[1] = Math.max(m[1], dRch);
          if (dBe > TOLERANCE || dRch > TOLERANCE) {
            if (java.util.Objects.equals(r.then().configuration(), r.now().configuration())) {
              beyond++;
            } else {
              otherConfiguration++;
              otherMoreBound += r.now().bindingEnergyMeV() > r.then().bindingEnergyMeV() ? 1 : 0;
            }
            changed.add(String.format(Locale.ROOT, "point %d %s: BE %.6f -> %.6f, Rch %.6f -> %.6f;"
                + " %s -> %s", r.point(), r.nucleus(), r.then().bindingEnergyMeV(),
                r.now().bindingEnergyMeV(), r.then().chargeRadiusFm(), r.now().chargeRadiusFm(),
                r.then().configuration(), r.now().configuration()));
          }
        }
        if (!then.equals(now)) {
          changed.add(String.format(Locale.ROOT, "point %d %s: %s (%d it) -> %s (%d it)%s",
              r.point(), r.nucleus(), then, r.then().iterations(), now, r.now().iterations(),
              r.now().converged() ? " " + r.now().configuration()
                  : r.then().converged() ? " was " + r.then().configuration() : ""));
        }
        csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%d,%d,%.10f,%.10f,%.10f,%.10f,%.3e,%.3e%n",
            r.point(), r.nucleus(), then, now, r.then().iterations(), r.now().iterations(),
            r.then().bindingEnergyMeV(), r.now().bindingEnergyMeV(), r.then().chargeRadiusFm(),
            r.now().chargeRadiusFm(), dBe, dRch));
      }
    }
    double oldSeconds = java.util.Arrays.stream(thenNanos).sum() / 1e9;
    double newSeconds = java.util.Arrays.stream(nowNanos).sum() / 1e9;
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "study box sample: points 0..%d (seed %d, uniform), %d with "
        + "couplings, nuclei %s, baseline %s%n", points - 1, STUDY_SEED, sets, nuclei,
        System.getProperty(BaselineSolver.PROPERTY)));
    transitions.forEach((t, c) -> report.append("  ").append(t).append(": ").append(c).append('\n'));
    maxDiff.forEach((n, m) -> report.append(String.format(Locale.ROOT,
        "  %s max relative difference where both converged: BE %.2e, Rch %.2e%n", n, m[0], m[1])));
    report.append(String.format(Locale.ROOT, "iterations: old %d, new %d (%.3f)%n", oldIterations,
        newIterations, newIterations / (double) oldIterations));
    report.append(String.format(Locale.ROOT, "thread CPU time: old %.1f s, new %.1f s, new/old %.3f;"
        + " sets per CPU-second: old %.1f, new %.1f%n", oldSeconds, newSeconds,
        newSeconds / oldSeconds, sets / oldSeconds, sets / newSeconds));
    report.append(String.format(Locale.ROOT, "converged to another configuration (beyond %.0e): %d,"
        + " of them more bound now: %d; same configuration beyond %.0e: %d%n", TOLERANCE,
        otherConfiguration, otherMoreBound, TOLERANCE, beyond));
    report.append("points whose class or answer changed:\n");
    changed.forEach(c -> report.append("  ").append(c).append('\n'));
    System.out.print(report);
    Path out = Path.of("target", "solver-comparison");
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.txt"), report);
    Files.writeString(out.resolve("points.csv"), csv);
    assertTrue(beyond == 0, beyond + " converged answers moved by more than " + TOLERANCE
        + " in the same configuration");
  }
}

package org.nucleiml.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.nucleiml.Seeds;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.Observable;
import org.nucleiml.inference.Prediction;
import org.nucleiml.inference.Target;
import org.nucleiml.inference.WalkerState;
import org.nucleiml.inference.backend.SolverBackend;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.matter.InversionOutcome;
import org.nucleiml.physics.nucleus.BatchSolver;
import org.nucleiml.physics.nucleus.NucleusSolution;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * A seeded sweep of box points through every solve path: cold ({@link RmfSolver}), warm (each solve
 * started from the previous converged one, the API {@code nml solve} no longer offers), batch
 * ({@link BatchSolver}, two threads) and the posterior's {@link SolverBackend}. No path may report a
 * "converged" result with BE <= 0, a non-finite value or a radius <= 0; batch and backend must give
 * the cold solve's bits. Counts per path (converged, each non-convergence reason) go to
 * target/reliability/sweep-*.txt.
 *
 * <p>CI runs 2,000 points of the study box on 16O; {@code -Dnml.sweep.nuclei=16O,40Ca,48Ca,132Sn,208Pb}
 * and {@code -Dnml.sweep.points=N} run the full-size sweep.
 */
class SolveSweepTest {

  private static final long SEED = 20260122L;

  @Test
  void testSweep_noPathReportsAnUnphysicalConvergedResult() throws Exception {
    int points = Integer.getInteger("nml.sweep.points", 2000);
    List<Nucleus> nuclei = Nucleus.parseList("nml.sweep.nuclei", System.getProperty("nml.sweep.nuclei", "16O"));
    ModelConstants k = ModelConstants.STUDY;
    RmfSolver solver = new RmfSolver(SolverSettings.DEFAULT);
    long start = System.nanoTime();

    List<double[]> nmps = new ArrayList<>();
    List<BatchSolver.ParameterSet> sets = new ArrayList<>();
    Map<String, Integer> inversion = new TreeMap<>();
    for (int i = 0; i < points; i++) {
      double[] unit = new double[7];
      java.util.SplittableRandom random = Seeds.random(SEED, i);
      for (int d = 0; d < 7; d++) {
        unit[d] = random.nextDouble();
      }
      NuclearMatterParameters nmp = ParameterBox.STUDY.at(unit);
      InversionOutcome outcome = CouplingInverter.invert(nmp, k);
      inversion.merge(outcome.hasCouplings() ? "couplings" : outcome.reason().name(), 1, Integer::sum);
      if (outcome.hasCouplings()) {
        nmps.add(nmp.toArray());
        sets.add(new BatchSolver.ParameterSet("p" + i, outcome.couplings(), k));
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(2);
    NucleusSolution[][] cold = new NucleusSolution[sets.size()][nuclei.size()];
    NucleusSolution[][] warm = new NucleusSolution[sets.size()][nuclei.size()];
    List<Future<?>> tasks = new ArrayList<>();
    for (int j = 0; j < nuclei.size(); j++) {
      int nucleus = j;
      tasks.add(pool.submit(() -> {
        NucleusSolution previous = null;
        for (int i = 0; i < sets.size(); i++) {
          warm[i][nucleus] = solver.solve(nuclei.get(nucleus), sets.get(i).couplings(), k, previous);
          previous = warm[i][nucleus].converged() ? warm[i][nucleus] : previous;
        }
      }));
    }
    for (int i = 0; i < sets.size(); i++) {
      int set = i;
      tasks.add(pool.submit(() -> {
        for (int j = 0; j < nuclei.size(); j++) {
          cold[set][j] = solver.solve(nuclei.get(j), sets.get(set).couplings(), k);
        }
      }));
    }
    for (Future<?> f : tasks) {
      f.get();
    }
    pool.shutdown();
    List<BatchSolver.Result> batch = new BatchSolver(solver, 2).solve(sets, nuclei);

    List<Target> targets = new ArrayList<>();
    for (Nucleus n : nuclei) {
      targets.add(new Target(n, Observable.BINDING_ENERGY));
      targets.add(new Target(n, Observable.CHARGE_RADIUS));
    }
    SolverBackend backend = SolverBackend.study();
    Prediction[] predictions = new Prediction[nmps.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < nmps.size(); i++) {
      order.add(i);
    }
    order.parallelStream().forEach(i -> predictions[i] = backend.evaluate(targets,
        new double[][] {nmps.get(i)}, new WalkerState[] {new WalkerState(0)})[0]);

    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    int warmOffCold = 0;
    for (int i = 0; i < sets.size(); i++) {
      for (int j = 0; j < nuclei.size(); j++) {
        String where = sets.get(i).name() + " " + nuclei.get(j).name();
        count(counts, "1 cold", cold[i][j], where);
        count(counts, "2 warm", warm[i][j], where);
        NucleusSolution b = batch.get(i * nuclei.size() + j).solution();
        count(counts, "3 batch", b, where);
        assertEquals(cold[i][j].converged(), b.converged(), where);
        assertEquals(cold[i][j].bindingEnergyMeV(), b.bindingEnergyMeV(), 0.0, where);
        double be = predictions[i].values()[2 * j];
        double rch = predictions[i].values()[2 * j + 1];
        assertEquals(cold[i][j].bindingEnergyMeV(), be, 0.0, "backend " + where);
        assertEquals(cold[i][j].chargeRadiusFm(), rch, 0.0, "backend " + where);
        if (predictions[i].admissibility() > 0) {
          assertTrue(be > 0 && Double.isFinite(be) && rch > 0 && Double.isFinite(rch), "backend " + where);
        }
        counts.computeIfAbsent("4 backend", x -> new TreeMap<>()).merge(Double.isNaN(be) ? "no result"
            : "converged", 1, Integer::sum);
        if (warm[i][j].converged() && cold[i][j].converged() && Math.abs(warm[i][j].bindingEnergyMeV()
            - cold[i][j].bindingEnergyMeV()) > 1e-3 * cold[i][j].bindingEnergyMeV()) {
          warmOffCold++;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String report = String.format(Locale.ROOT, "sweep: %d box points (seed %d), nuclei %s, inverse map %s%n"
        + "%s%nwarm converged but > 0.1%% off the cold BE: %d%nwall time %.1f s%n", points, SEED, nuclei, inversion,
        String.join("\n", counts.entrySet().stream().map(e -> e.getKey().substring(2) + ": " + e.getValue()).toList()),
        warmOffCold, seconds);
    System.out.print(report);
    Path out = Path.of("target", "reliability");
    Files.createDirectories(out);
    Files.writeString(out.resolve("sweep-" + String.join("-", nuclei.stream().map(Nucleus::name).toList())
        + "-" + points + ".txt"), report);
    assertEquals(points, inversion.values().stream().mapToInt(Integer::intValue).sum());
  }

  private static void count(Map<String, Map<String, Integer>> counts, String path, NucleusSolution s, String where) {
    if (s.converged()) {
      assertTrue(s.bindingEnergyMeV() > 0 && Double.isFinite(s.bindingEnergyMeV()), path + " " + where + " BE "
          + s.bindingEnergyMeV());
      assertTrue(s.chargeRadiusFm() > 0 && Double.isFinite(s.chargeRadiusFm()) && s.neutronRadiusFm() > 0
          && s.protonRadiusFm() > 0, path + " " + where + " radius " + s.chargeRadiusFm());
    }
    counts.computeIfAbsent(path, x -> new TreeMap<>()).merge(s.converged() ? "converged" : s.reason().name(), 1,
        Integer::sum);
  }
}

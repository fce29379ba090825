package org.nucleiml.emulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.nucleiml.Seeds;
import org.nucleiml.data.ExperimentalValues;
import org.nucleiml.data.SampleTable;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.validation.RegressionMetrics;

/**
 * The measurement of docs/emulator.md "Ensembles on the full data" (issue #20; not a test, not part of the
 * runtime): scores an emulator on the independent sample (admissible points of the five trained nuclei) per
 * nucleus and observable (R^2, p95 of abs(dX/X), coverage of the 68% / 95% intervals through the validation's
 * own {@link RegressionMetrics}); for an ensemble, refits every {@link CalibrationMethod} on the regressor's
 * validation split (the study's seed 42 and split 70/21/9) and scores each; then describes where the largest
 * errors are (nucleus, margin to the admissibility threshold, NMP position in the box, solver iterations).
 *
 * <p>Run after {@code test-compile}: {@code java -cp nucleiml-runtime/target/test-classes:nml.jar
 * org.nucleiml.emulator.EnsembleCalibrationExperiment emulatorDir training/samples.csv independent/samples.csv}
 */
public class EnsembleCalibrationExperiment {
  static final List<String> TRAINED = List.of("16O", "40Ca", "48Ca", "132Sn", "208Pb");

  public static void main(String[] a) throws Exception {
    Emulator loaded = Emulator.load(Path.of(a[0]));
    SampleTable train = SampleTable.read(Path.of(a[1]));
    SampleTable sample = SampleTable.read(Path.of(a[2]));
    int[] indep = IntStream.range(0, sample.size())
        .filter(r -> sample.admissible(r) && TRAINED.contains(sample.nucleus(r).name())).toArray();
    System.out.println("emulator " + a[0] + " M=" + loaded.ensembleSize() + " stored scale "
        + Arrays.toString(loaded.varianceScale()) + "; independent admissible points " + indep.length);
    if (loaded.ensembleSize() == 1) {
      report("M=1", loaded, sample, indep);
      tail(loaded, sample, indep);
      return;
    }
    Emulator raw = loaded.withVarianceScale(VarianceScale.NONE);
    int[] adm = IntStream.range(0, train.size()).filter(train::admissible).toArray();
    long[] groups = new long[adm.length];
    for (int i = 0; i < adm.length; i++) groups[i] = train.sampleId(adm[i]);
    GroupedSplit.Parts parts = GroupedSplit.parse("regressorSplit", "70/21/9").apply(groups, Seeds.derive(42, 2));
    int[] validation = IntStream.of(parts.validation()).map(i -> adm[i]).toArray();
    System.out.println("validation rows " + validation.length);
    report("raw spread (no calibration)", raw, sample, indep);
    for (CalibrationMethod m : CalibrationMethod.values()) {
      long t0 = System.nanoTime();
      VarianceScale s = VarianceCalibration.fit(raw, train, validation, m);
      System.out.printf("%n== %s: global %s nuclei %s (fit %.1f s)%n", m, s.global(), s.nuclei(), (System.nanoTime() - t0) / 1e9);
      if (m == CalibrationMethod.GLOBAL) {
        System.out.println("   stored global scale equals refit: " + Arrays.equals(s.globalArray(), loaded.varianceScale()));
      }
      Emulator e = raw.withVarianceScale(s);
      report(m.text(), e, sample, indep);
      report(m.text() + " [on the validation split itself]", e, train, validation);
    }
    tail(loaded, sample, indep);
  }

  static double[][] predict(Emulator e, SampleTable t, int[] rows) {
    return EmulatorEvaluation.predict(e, t, rows);
  }

  static void report(String title, Emulator e, SampleTable t, int[] rows) {
    double[][] out = predict(e, t, rows);
    System.out.println("-- " + title);
    System.out.println("   nucleus obs n R2 p95|dX/X|% cov68 cov95");
    for (int k = 0; k < 2; k++) {
      List<String> names = new ArrayList<>(TRAINED);
      names.add("pooled");
      for (String nuc : names) {
        int[] idx = IntStream.range(0, rows.length).filter(i -> nuc.equals("pooled") || t.nucleus(rows[i]).name().equals(nuc)).toArray();
        double[] truth = new double[idx.length], pred = new double[idx.length], sig = new double[idx.length];
        for (int j = 0; j < idx.length; j++) {
          int r = rows[idx[j]];
          truth[j] = k == 0 ? t.bindingEnergy(r) : t.chargeRadius(r);
          pred[j] = out[1 + k][idx[j]];
          sig[j] = out[3 + k][idx[j]];
        }
        RegressionMetrics m = RegressionMetrics.of(truth, pred, e.hasUncertainty() ? sig : null);
        System.out.printf(Locale.ROOT, "   %s %s %d %.4f %.3f %.3f %.3f%n", nuc, k == 0 ? "BE" : "Rch", m.n(), m.r2(),
            100 * m.absRelErrorP95(), m.coverage68(), m.coverage95());
      }
    }
  }

  /** Where the largest errors are: nucleus, margin to the admissibility threshold, NMP position, solver iterations. */
  static void tail(Emulator e, SampleTable t, int[] rows) {
    double[][] out = predict(e, t, rows);
    ExperimentalValues exp = ExperimentalValues.standard();
    String[] nmp = {"rho0", "E0", "K0", "Q0", "mstar", "J0", "L0"};
    double[][] box = {{0.14, 0.17}, {-16.5, -15.5}, {150, 300}, {-1500, 400}, {0.5, 0.8}, {20, 40}, {20, 100}};
    for (int k = 0; k < 2; k++) {
      int n = rows.length;
      double[] err = new double[n];
      double[] margin = new double[n];
      for (int i = 0; i < n; i++) {
        int r = rows[i];
        double truth = k == 0 ? t.bindingEnergy(r) : t.chargeRadius(r);
        err[i] = Math.abs((truth - out[1 + k][i]) / truth);
        Nucleus nu = t.nucleus(r);
        double be = exp.bindingEnergy(nu).getAsDouble(), rc = exp.chargeRadius(nu).getAsDouble();
        double mBe = 0.2 - Math.abs(t.bindingEnergy(r) - be) / be, mR = 0.2 - Math.abs(t.chargeRadius(r) - rc) / rc;
        margin[i] = Math.min(mBe, mR);
      }
      double[] sorted = err.clone();
      Arrays.sort(sorted);
      double p95 = sorted[(int) Math.ceil(0.95 * n) - 1];
      int[] tailIdx = IntStream.range(0, n).filter(i -> err[i] > p95).toArray();
      System.out.printf(Locale.ROOT, "%n== tail %s: %d points with |dX/X| > p95 %.3f%% (of %d)%n", k == 0 ? "BE" : "Rch",
          tailIdx.length, 100 * p95, n);
      Map<String, int[]> per = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        int[] c = per.computeIfAbsent(t.nucleus(rows[i]).name(), x -> new int[2]);
        c[0]++;
        if (err[i] > p95) c[1]++;
      }
      per.forEach((nu, c) -> System.out.printf("   %s: %d of %d in the tail (%.1f%%)%n", nu, c[1], c[0], 100.0 * c[1] / c[0]));
      // margin to the threshold
      double[] edges = {0, 0.01, 0.02, 0.05, 0.1, 0.2};
      for (int b = 0; b + 1 < edges.length; b++) {
        int all = 0, inTail = 0;
        double sumErr = 0;
        for (int i = 0; i < n; i++) {
          if (margin[i] >= edges[b] && margin[i] < edges[b + 1]) {
            all++;
            sumErr += err[i];
            if (err[i] > p95) inTail++;
          }
        }
        System.out.printf(Locale.ROOT, "   threshold margin [%.2f, %.2f): %d points, %d in the tail (%.1f%%), mean |dX/X| %.3f%%%n",
            edges[b], edges[b + 1], all, inTail, all == 0 ? 0 : 100.0 * inTail / all, all == 0 ? 0 : 100 * sumErr / all);
      }
      // NMP position: mean of the box-normalised NMPs, tail vs all; and fraction of tail points within 10% of a box edge
      for (int j = 0; j < 7; j++) {
        double sumAll = 0, sumTail = 0;
        for (int i = 0; i < n; i++) {
          double x = (t.nmp(rows[i], j) - box[j][0]) / (box[j][1] - box[j][0]);
          sumAll += x;
          if (err[i] > p95) sumTail += x;
        }
        System.out.printf(Locale.ROOT, "   %s normalised mean: all %.3f tail %.3f%n", nmp[j], sumAll / n, sumTail / tailIdx.length);
      }
      int edgeAll = 0, edgeTail = 0;
      for (int i = 0; i < n; i++) {
        boolean edge = false;
        for (int j = 0; j < 7; j++) {
          double x = (t.nmp(rows[i], j) - box[j][0]) / (box[j][1] - box[j][0]);
          edge |= x < 0.05 || x > 0.95;
        }
        if (edge) { edgeAll++; if (err[i] > p95) edgeTail++; }
      }
      System.out.printf("   within 5%% of a box face: %d of %d all (%.1f%%), %d of %d tail (%.1f%%)%n", edgeAll, n, 100.0 * edgeAll / n,
          edgeTail, tailIdx.length, 100.0 * edgeTail / tailIdx.length);
      // solver iterations (a level crossing or shell rearrangement slows the self-consistency)
      double itAll = 0, itTail = 0;
      for (int i = 0; i < n; i++) {
        int it = iterations(t, rows[i]);
        itAll += it;
        if (err[i] > p95) itTail += it;
      }
      System.out.printf(Locale.ROOT, "   mean solver iterations: all %.1f tail %.1f%n", itAll / n, itTail / tailIdx.length);
      // worst 8 points
      Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
      Arrays.sort(order, (x, y) -> Double.compare(err[y], err[x]));
      for (int q = 0; q < 8; q++) {
        int i = order[q];
        int r = rows[i];
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < 7; j++) sb.append(String.format(Locale.ROOT, " %s=%.4g", nmp[j], t.nmp(r, j)));
        System.out.printf(Locale.ROOT, "   worst %d: set %d %s |dX/X| %.3f%% margin %.3f iterations %d sigma/|d| %s%s%n", q + 1,
            t.sampleId(r), t.nucleus(r).name(), 100 * err[i], margin[i], iterations(t, r),
            e.hasUncertainty() ? String.format(Locale.ROOT, "%.2f", out[3 + k][i] / Math.abs((k == 0 ? t.bindingEnergy(r) : t.chargeRadius(r)) - out[1 + k][i])) : "-", sb);
      }
    }
  }

  static int iterations(SampleTable t, int row) {
    return ITERATIONS.computeIfAbsent(t, EnsembleCalibrationExperiment::readIterations)[row];
  }

  static final Map<SampleTable, int[]> ITERATIONS = new IdentityHashMap<>();

  static int[] readIterations(SampleTable t) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(t.file());
      String[] head = lines.get(0).split(",");
      int col = Arrays.asList(head).indexOf("iterations");
      int[] it = new int[lines.size() - 1];
      for (int i = 1; i < lines.size(); i++) it[i - 1] = Integer.parseInt(lines.get(i).split(",")[col]);
      return it;
    } catch (java.io.IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }
}

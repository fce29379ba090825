package org.nucleiml.study;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.dten.DtenArchitecture;
import org.nucleiml.emulator.network.dten.DtenData;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.MassTable;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.chart.ChartProfiles;
import org.nucleiml.study.chart.ChartRow;
import org.nucleiml.study.config.DtenModelEntry;

/**
 * The DTEN rows of a chart for one model (the spec's sections 5.2-5.3): the converged chart nuclei with
 * an AME2020 binding energy, in chart order, with X1 and X2 (the {@code yang-x} features), their six
 * profiles (none for a shell-only model), A, the target (AME2020 or the chart's own binding energy), the
 * chart's binding energy and AME2020's (for the reference line), and the seeded 8:2 split.
 *
 * @param nuclei the nuclei, in chart order
 * @param raw their rows, targets in MeV
 * @param rmfMeV the chart solver's binding energy of each nucleus
 * @param ameMeV AME2020's binding energy of each nucleus
 * @param train rows of the training set, ascending
 * @param validation rows of the validation set, ascending
 */
record DtenChartData(List<Nucleus> nuclei, DtenData raw, double[] rmfMeV, double[] ameMeV, int[] train,
    int[] validation) {

  /** The stream of {@link Seeds} the split draws from (apart from the members' streams). */
  static final long SPLIT_STREAM = 7;

  /** The set names, in report order. */
  static final List<String> SETS = List.of("train", "validation", "all");

  /** The rows of {@code entry} from {@code chart} and the AME2020 table. */
  static DtenChartData of(DtenModelEntry entry, ChartProfiles chart, MassTable ame, DtenArchitecture a) {
    List<ChartRow> rows = new ArrayList<>();
    List<Double> amePerRow = new ArrayList<>();
    List<Integer> profile = new ArrayList<>();
    for (int i = 0; i < chart.converged().size(); i++) {
      ChartRow r = chart.converged().get(i);
      OptionalDouble b = ame.bindingEnergyMeV(r.nucleus().z(), r.nucleus().n());
      if (b.isPresent()) {
        rows.add(r);
        amePerRow.add(b.getAsDouble());
        profile.add(i);
      }
    }
    if (rows.size() < 3) {
      throw new org.nucleiml.InvalidParameterException("models[" + entry.id() + "].chart", entry.chart(),
          "a chart with at least 3 converged nuclei that AME2020 lists (found " + rows.size() + ")");
    }
    int n = rows.size();
    double[] ameMeV = amePerRow.stream().mapToDouble(Double::doubleValue).toArray();
    double[] rmfMeV = rows.stream().mapToDouble(ChartRow::bindingEnergyMeV).toArray();
    double[] targets = entry.target() == DtenModelEntry.Target.EXP ? ameMeV.clone() : rmfMeV.clone();
    DtenData raw = rows(rows, profile.stream().mapToInt(Integer::intValue).toArray(), targets, chart, a);
    int validationCount = Math.max(1, Math.min(n - 2, (int) Math.ceil(entry.validationFraction() * n - 1e-9)));
    int[] order = Seeds.permutation(n, Seeds.random(entry.splitSeed(), SPLIT_STREAM));
    boolean[] inValidation = new boolean[n];
    for (int i = 0; i < validationCount; i++) {
      inValidation[order[i]] = true;
    }
    int[] validation = java.util.stream.IntStream.range(0, n).filter(i -> inValidation[i]).toArray();
    int[] train = java.util.stream.IntStream.range(0, n).filter(i -> !inValidation[i]).toArray();
    return new DtenChartData(rows.stream().map(ChartRow::nucleus).toList(), raw, rmfMeV, ameMeV, train, validation);
  }

  /** Every converged nucleus of the chart (targets NaN): the rows of the mass table. */
  static DtenData all(ChartProfiles chart, DtenArchitecture a) {
    int n = chart.converged().size();
    double[] nan = new double[n];
    java.util.Arrays.fill(nan, Double.NaN);
    return rows(chart.converged(), java.util.stream.IntStream.range(0, n).toArray(), nan, chart, a);
  }

  private static DtenData rows(List<ChartRow> rows, int[] profile, double[] targets, ChartProfiles chart,
      DtenArchitecture a) {
    int n = rows.size();
    int w1 = a.countFeatures();
    int w2 = a.shellFeatures();
    int wd = a.densityInputs();
    int stored = chart.channels() * chart.points();
    double[] counts = new double[n * w1];
    double[] shells = new double[n * w2];
    double[] densities = new double[n * wd];
    double[] mass = new double[n];
    for (int i = 0; i < n; i++) {
      Nucleus nu = rows.get(i).nucleus();
      // yang-x: X1 = (Z, N, Z_v, N_v, Z_h, N_h), X2 = (Z_s, N_s, S, Z_p, N_p, P)
      double[] x = ChartFeatures.YANG_X.compute(nu.z(), nu.n(), null);
      System.arraycopy(x, 0, counts, i * w1, w1);
      System.arraycopy(x, w1, shells, i * w2, w2);
      if (wd > 0) {
        System.arraycopy(chart.densities(), profile[i] * stored, densities, i * wd, wd);
      }
      mass[i] = nu.z() + nu.n();
    }
    return new DtenData(counts, shells, densities, mass, targets);
  }

  /** The rows of a named set: train, validation or all. */
  int[] set(String name) {
    return switch (name) {
      case "train" -> train;
      case "validation" -> validation;
      default -> java.util.stream.IntStream.range(0, nuclei.size()).toArray();
    };
  }
}

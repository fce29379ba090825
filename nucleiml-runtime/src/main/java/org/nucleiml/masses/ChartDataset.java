package org.nucleiml.masses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nucleiml.Seeds;

/**
 * Builds a data set of the nuclear chart from loaded tables: selects, splits (seeded), adds the
 * evaluation sets, computes targets, baselines and features, and checks the expected counts.
 *
 * @param config the configuration
 * @param rows the rows in output order: the main set in chart order, then each evaluation set
 * @param counts set name to count (selected, train, validation, test, evaluation sets)
 */
public record ChartDataset(DatasetConfig config, List<NucleusRow> rows, Map<String, Integer> counts) {

  /** Random stream of the split draw (one stream per purpose, derived from the seed). */
  static final long SPLIT_STREAM = 0;

  /** The ids of the tables a configuration reads, in a fixed order. */
  public static Set<String> requiredTables(DatasetConfig c) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(c.massTable());
    if (c.split() instanceof SplitRule.ByTable b) {
      ids.add(b.trainTable());
      ids.add(b.test().otherTable());
    }
    for (EvaluationSet e : c.evaluationSets()) {
      ids.add(e.table());
      if (e.relation() != null) {
        ids.add(e.relation().otherTable());
      }
    }
    if (c.featureSets().stream().anyMatch(ChartFeatures::needsDeformations)) {
      ids.add(c.deformationTable());
    }
    return ids;
  }

  /**
   * Builds the data set.
   *
   * @param tables the loaded tables by id (at least {@link #requiredTables})
   * @throws CountGateException when a count differs from the expected one
   */
  public static ChartDataset build(DatasetConfig c, Map<String, TableSource.LoadedTable> tables) {
    MassTable main = tables.get(c.massTable()).massTable("massTable");
    Deformations deformations = c.featureSets().stream().anyMatch(ChartFeatures::needsDeformations)
        ? new Deformations(tables.get(c.deformationTable()).ws4Table("deformationTable"), c.deformationForm())
        : null;
    List<MassEntry> selected = c.selection().apply(main);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("selected", selected.size());
    List<Labelled> labelled = new ArrayList<>();
    if (c.split() instanceof SplitRule.Random r) {
      int n = selected.size();
      int nTest = ceil(r.test() * n);
      int nValidation = ceil(r.validation() * (n - nTest));
      int[] order = shuffled(n, c.seed());
      String[] label = new String[n];
      for (int k = 0; k < n; k++) {
        label[order[k]] = k < nTest ? "test" : k < nTest + nValidation ? "validation" : "train";
      }
      for (int i = 0; i < n; i++) {
        labelled.add(new Labelled(selected.get(i), c.massTable(), label[i]));
      }
    } else if (c.split() instanceof SplitRule.FixedCount f) {
      int n = selected.size();
      if (f.train() > n) {
        throw new org.nucleiml.InvalidParameterException("split", f.describe(),
            "at most the " + n + " selected nuclei in train");
      }
      int[] order = shuffled(n, c.seed());
      String[] label = new String[n];
      for (int k = 0; k < n; k++) {
        label[order[k]] = k < f.train() ? "train" : "test";
      }
      for (int i = 0; i < n; i++) {
        labelled.add(new Labelled(selected.get(i), c.massTable(), label[i]));
      }
    } else if (c.split() instanceof SplitRule.ByTable b) {
      for (MassEntry e : c.selection().apply(tables.get(b.trainTable()).massTable("split train"))) {
        labelled.add(new Labelled(e, b.trainTable(), "train"));
      }
      MassTable other = tables.get(b.test().otherTable()).massTable("split test");
      for (MassEntry e : b.test().apply(selected, c.selection(), other)) {
        labelled.add(new Labelled(e, c.massTable(), "test"));
      }
    }
    for (String set : List.of("train", "validation", "test")) {
      counts.put(set, (int) labelled.stream().filter(l -> l.split.equals(set)).count());
    }
    for (EvaluationSet e : c.evaluationSets()) {
      Selection rule = e.selection() == null ? c.selection() : e.selection();
      List<MassEntry> entries = rule.apply(tables.get(e.table()).massTable("evaluationSets[" + e.id() + "].table"));
      if (e.relation() != null) {
        entries = e.relation().apply(entries, rule, tables.get(e.relation().otherTable()).massTable(
            "evaluationSets[" + e.id() + "].relation"));
      }
      entries.forEach(x -> labelled.add(new Labelled(x, e.table(), e.id())));
      counts.put(e.id(), entries.size());
    }
    c.expectedCounts().forEach((set, expected) -> {
      int found = counts.getOrDefault(set, 0);
      if (found != expected) {
        throw new CountGateException(set, expected, found);
      }
    });
    List<NucleusRow> rows = new ArrayList<>(labelled.size());
    for (Labelled l : labelled) {
      rows.add(row(c, l, deformations));
    }
    return new ChartDataset(c, List.copyOf(rows), java.util.Collections.unmodifiableMap(counts));
  }

  private record Labelled(MassEntry entry, String table, String split) {}

  private static NucleusRow row(DatasetConfig c, Labelled l, Deformations deformations) {
    MassEntry e = l.entry;
    double target = c.target().value(e);
    double bLd = c.baseline().liquidDrop().map(d -> d.bindingEnergyMeV(e.z(), e.n())).orElse(Double.NaN);
    int width = c.featureSets().stream().mapToInt(f -> f.columns().size()).sum();
    double[] features = new double[width];
    int at = 0;
    for (ChartFeatures f : c.featureSets()) {
      double[] v = f.compute(e.z(), e.n(), deformations);
      System.arraycopy(v, 0, features, at, v.length);
      at += v.length;
    }
    return new NucleusRow(e.nuclide(), e.element(), l.table, e.measured(), target, c.target().uncertainty(e),
        l.split, bLd, target - bLd, features);
  }

  /** ceil(x) that ignores binary round-off just above an integer (0.2 · 2150 = 430, not 431). */
  static int ceil(double x) {
    return (int) Math.ceil(x - 1e-9);
  }

  /** A Fisher-Yates permutation of 0..n-1 drawn from Seeds.random(seed, SPLIT_STREAM). */
  static int[] shuffled(int n, long seed) {
    return Seeds.permutation(n, Seeds.random(seed, SPLIT_STREAM));
  }

  /** The feature column names, {@code <featureSet>:<feature>}, in output order. */
  public List<String> featureColumns() {
    List<String> names = new ArrayList<>();
    for (ChartFeatures f : config.featureSets()) {
      f.columns().forEach(col -> names.add(f.id() + ":" + col));
    }
    return names;
  }
}

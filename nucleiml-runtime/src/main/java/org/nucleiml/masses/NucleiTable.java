package org.nucleiml.masses;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * A nuclei.csv read back (see {@link NucleiCsv}): what a mass-model trainer consumes. A nucleus in
 * several sets appears once per set.
 *
 * @param featureColumns every feature column, {@code <featureSet>:<feature>}
 * @param rows the rows in file order
 */
public record NucleiTable(List<String> featureColumns, List<NucleusRow> rows) {

  /** Copies the lists. */
  public NucleiTable {
    featureColumns = List.copyOf(featureColumns);
    rows = List.copyOf(rows);
  }

  /** The rows of one set (train, validation, test or an evaluation set id). */
  public List<NucleusRow> rows(String split) {
    return rows.stream().filter(r -> r.split().equals(split)).toList();
  }

  /** The feature names of one feature set, without the {@code <set>:} prefix, in order. */
  public List<String> features(String featureSet) {
    List<String> names = new ArrayList<>();
    for (String c : featureColumns) {
      if (c.startsWith(featureSet + ":")) {
        names.add(c.substring(featureSet.length() + 1));
      }
    }
    if (names.isEmpty()) {
      throw new InvalidParameterException("featureSet", featureSet, "a feature set of this file: "
          + featureColumns.stream().map(c -> c.substring(0, c.indexOf(':'))).distinct().toList());
    }
    return names;
  }

  /** The feature matrix of a feature set over some rows: one row per nucleus, unscaled. */
  public double[][] featureMatrix(String featureSet, List<NucleusRow> of) {
    int first = featureColumns.indexOf(featureSet + ":" + features(featureSet).get(0));
    int width = features(featureSet).size();
    double[][] x = new double[of.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = java.util.Arrays.copyOfRange(of.get(i).features(), first, first + width);
    }
    return x;
  }

  /** The targets of some rows, MeV. */
  public static double[] targets(List<NucleusRow> of) {
    return of.stream().mapToDouble(NucleusRow::targetMeV).toArray();
  }

  /** The residuals (target − B_LD) of some rows, MeV; NaN without a baseline. */
  public static double[] residuals(List<NucleusRow> of) {
    return of.stream().mapToDouble(NucleusRow::residualMeV).toArray();
  }
}

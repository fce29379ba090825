package org.nucleiml.emulator.massmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.GarveyKelson;
import org.nucleiml.masses.NucleiTable;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;

/**
 * What a [S004] model learns from: the training nuclei with their mass excess, the GK centres (the
 * whole data set S, [S004] Methods ¶6) and the universe U of every nucleus their relations touch
 * (2,835 for the 2,213 AME2016 nuclei with Z >= 20, down to Z = 18), with unscaled features for each,
 * and sets whose RMS is recorded epoch by epoch from the universe predictions (the unseen 80%).
 *
 * @param features the feature set (its columns are the network inputs)
 * @param train training nuclei
 * @param trainTargets their mass excess, MeV
 * @param centres the GK centres S
 * @param universe U, sorted
 * @param monitored per set name, nuclei of U and their mass excess (MeV)
 */
public record MdnMassData(ChartFeatures features, List<Nuclide> train, double[] trainTargets, List<Nuclide> centres,
    List<Nuclide> universe, Map<String, Map<Nuclide, Double>> monitored) {

  /** Checks the sets and copies. */
  public MdnMassData {
    train = List.copyOf(train);
    trainTargets = trainTargets.clone();
    centres = List.copyOf(centres);
    universe = List.copyOf(universe);
    if (train.isEmpty() || train.size() != trainTargets.length) {
      throw new InvalidParameterException("train nuclei", train.size() + " nuclei, " + trainTargets.length
          + " targets", "at least one nucleus, one target each");
    }
    if (features.needsDeformations()) {
      throw new InvalidParameterException("featureSet", features.id(), "a feature set computed from (Z, N) alone");
    }
    Set<Nuclide> u = Set.copyOf(universe);
    Map<String, Map<Nuclide, Double>> m = new LinkedHashMap<>();
    for (Map.Entry<String, Map<Nuclide, Double>> e : monitored.entrySet()) {
      for (Nuclide n : e.getValue().keySet()) {
        if (!u.contains(n)) {
          throw new InvalidParameterException("monitored set " + e.getKey(), n, "nuclei of the GK universe");
        }
      }
      m.put(e.getKey(), Map.copyOf(e.getValue()));
    }
    monitored = m;
  }

  /** The data with the universe the GK relations of {@code centres} need. */
  public static MdnMassData of(ChartFeatures features, Map<Nuclide, Double> train, List<Nuclide> centres,
      Map<String, Map<Nuclide, Double>> monitored) {
    List<Nuclide> t = new ArrayList<>(train.keySet());
    double[] y = new double[t.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = train.get(t.get(i));
    }
    return new MdnMassData(features, t, y, centres, new ArrayList<>(GarveyKelson.universe(centres)), monitored);
  }

  /**
   * The data of a nuclei.csv of nml:dataset: its {@code train} rows learn, its train, validation and
   * test rows are the GK centres S (the data set, [S004] Methods ¶6), the {@code test} rows (the unseen
   * nuclei) are monitored as {@code rest}. The targets must be the mass excess.
   */
  public static MdnMassData of(ChartFeatures features, NucleiTable table) {
    Map<Nuclide, Double> train = excess(table.rows("train"));
    Map<Nuclide, Double> rest = excess(table.rows("test"));
    List<Nuclide> centres = new ArrayList<>(train.keySet());
    table.rows("validation").forEach(r -> centres.add(r.nuclide()));
    centres.addAll(rest.keySet());
    return of(features, train, centres, rest.isEmpty() ? Map.of() : Map.of("rest", rest));
  }

  /** Mass excess by nucleus, in row order. */
  public static Map<Nuclide, Double> excess(List<NucleusRow> rows) {
    Map<Nuclide, Double> m = new LinkedHashMap<>();
    for (NucleusRow r : rows) {
      m.put(r.nuclide(), r.targetMeV());
    }
    return m;
  }

  /** Unscaled features of some nuclei, one row each. */
  public double[][] featureRows(List<Nuclide> nuclei) {
    double[][] x = new double[nuclei.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = features.compute(nuclei.get(i).z(), nuclei.get(i).n(), null);
    }
    return x;
  }

  /** The GK relations as universe row indices and coefficients (on the mass: the negative of those on B). */
  int[][] relationRows(double[][] coefficients) {
    Map<Nuclide, Integer> index = index();
    int[][] rows = new int[centres.size()][];
    for (int c = 0; c < rows.length; c++) {
      List<GarveyKelson.Term> terms = GarveyKelson.terms(centres.get(c).z(), centres.get(c).n());
      rows[c] = new int[terms.size()];
      coefficients[c] = new double[terms.size()];
      for (int j = 0; j < terms.size(); j++) {
        rows[c][j] = index.get(terms.get(j).nuclide());
        coefficients[c][j] = terms.get(j).coefficient();
      }
    }
    return rows;
  }

  /** Universe row of each nucleus. */
  Map<Nuclide, Integer> index() {
    Map<Nuclide, Integer> index = new HashMap<>();
    for (int i = 0; i < universe.size(); i++) {
      index.put(universe.get(i), i);
    }
    return index;
  }
}

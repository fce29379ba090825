package org.nucleiml.emulator.network.dten;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * Min-max scaling of a DTEN's inputs and target to [0, 1] on the training set (the spec's section
 * 5.3-5.4): X1 with one common (min, max) over its columns ([S002] §II: the counts "share the same
 * dimension"), X2 per column, each density channel over all its radii, and the target B/A, so that a
 * prediction is B = A (min + (max - min) yhat). A constant column (max = min) maps to 0.
 *
 * @param countMin the common minimum of X1
 * @param countMax the common maximum of X1
 * @param shellMin per X2 column
 * @param shellMax per X2 column
 * @param densityMin per density channel
 * @param densityMax per density channel
 * @param targetMin minimum training B/A (MeV)
 * @param targetMax maximum training B/A (MeV)
 */
public record DtenScaling(double countMin, double countMax, List<Double> shellMin, List<Double> shellMax,
    List<Double> densityMin, List<Double> densityMax, double targetMin, double targetMax) {

  /** Copies the lists and checks their sizes. */
  public DtenScaling {
    shellMin = List.copyOf(shellMin);
    shellMax = List.copyOf(shellMax);
    densityMin = List.copyOf(densityMin);
    densityMax = List.copyOf(densityMax);
    if (shellMin.size() != shellMax.size() || densityMin.size() != densityMax.size()) {
      throw new InvalidParameterException("dten scaling", shellMin.size() + "/" + shellMax.size() + " shell and "
          + densityMin.size() + "/" + densityMax.size() + " density bounds", "as many minima as maxima");
    }
  }

  /** Fits the scaling to raw training rows (targets: binding energies in MeV). */
  public static DtenScaling fit(DtenData raw, DtenArchitecture a) {
    raw.check(a);
    int rows = raw.rows();
    double[] counts = bounds(raw.countFeatures(), 1, 1, rows * a.countFeatures());
    double[] shells = bounds(raw.shellFeatures(), a.shellFeatures(), 1, rows);
    // a shell-only network has no profiles and no channel bounds
    double[] densities = a.hasDensities() ? bounds(raw.densities(), a.densityChannels(), a.densityLength(), rows)
        : new double[0];
    double[] perNucleon = new double[rows];
    for (int r = 0; r < rows; r++) {
      perNucleon[r] = raw.targets()[r] / raw.massNumbers()[r];
    }
    double[] target = bounds(perNucleon, 1, 1, rows);
    return new DtenScaling(counts[0], counts[1], half(shells, 0), half(shells, 1), half(densities, 0),
        half(densities, 1), target[0], target[1]);
  }

  /** Scaled inputs and the scaled B/A targets of raw rows (targets: binding energies in MeV). */
  public DtenData scale(DtenData raw, DtenArchitecture a) {
    raw.check(a);
    int rows = raw.rows();
    double[] c = raw.countFeatures().clone();
    for (int j = 0; j < c.length; j++) {
      c[j] = unit(c[j], countMin, countMax);
    }
    double[] s = raw.shellFeatures().clone();
    int w2 = a.shellFeatures();
    for (int j = 0; j < s.length; j++) {
      s[j] = unit(s[j], shellMin.get(j % w2), shellMax.get(j % w2));
    }
    double[] d = raw.densities().clone();
    int length = a.densityLength();
    int channels = a.densityChannels();
    for (int j = 0; j < d.length; j++) {
      int ch = (j / length) % channels;
      d[j] = unit(d[j], densityMin.get(ch), densityMax.get(ch));
    }
    double[] t = new double[rows];
    for (int r = 0; r < rows; r++) {
      t[r] = unit(raw.targets()[r] / raw.massNumbers()[r], targetMin, targetMax);
    }
    return new DtenData(c, s, d, raw.massNumbers(), t);
  }

  /** The binding energy (MeV) of a network output {@code y} for mass number {@code a}. */
  public double bindingEnergy(double y, double a) {
    return a * (targetMin + (targetMax - targetMin) * y);
  }

  private static double unit(double v, double min, double max) {
    return max > min ? (v - min) / (max - min) : 0.0;
  }

  /**
   * Min and max of each group of a row-major array of rows x groups x span values (span values per
   * group, in row order): result [min_0.., max_0..] flattened as [mins..., maxs...].
   */
  private static double[] bounds(double[] v, int groups, int span, int rows) {
    double[] b = new double[2 * groups];
    java.util.Arrays.fill(b, 0, groups, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(b, groups, 2 * groups, Double.NEGATIVE_INFINITY);
    for (int j = 0; j < rows * groups * span; j++) {
      int g = (j / span) % groups;
      b[g] = Math.min(b[g], v[j]);
      b[groups + g] = Math.max(b[groups + g], v[j]);
    }
    return b;
  }

  private static List<Double> half(double[] b, int which) {
    int n = b.length / 2;
    Double[] out = new Double[n];
    for (int i = 0; i < n; i++) {
      out[i] = b[which * n + i];
    }
    return List.of(out);
  }
}

package org.nucleiml.emulator.network.dten;

import org.nucleiml.InvalidParameterException;

/**
 * The rows of a DTEN data set, flat and row-major: X1, X2, the density profiles (channel-major per
 * nucleus, {@code densities[(row * channels + c) * length + x]}, the layout of {@code densities.bin}),
 * the mass numbers A (the loss weights A^alpha and the B/A conversion) and one target per row (the
 * binding energy in MeV before {@link DtenScaling#scale}, the scaled B/A after). Arrays are shared, not
 * copied (a profile set is ~1 MB per 100 nuclei).
 *
 * @param countFeatures rows x X1 width
 * @param shellFeatures rows x X2 width
 * @param densities rows x channels x length
 * @param massNumbers A per row
 * @param targets one per row
 */
public record DtenData(double[] countFeatures, double[] shellFeatures, double[] densities, double[] massNumbers,
    double[] targets) {

  /** Checks that every array has a whole number of rows. */
  public DtenData {
    int rows = massNumbers.length;
    if (rows == 0 || targets.length != rows || countFeatures.length % rows != 0 || shellFeatures.length % rows != 0
        || densities.length % rows != 0) {
      throw new InvalidParameterException("dten data", countFeatures.length + "/" + shellFeatures.length + "/"
          + densities.length + " values for " + rows + " mass numbers and " + targets.length + " targets",
          "at least one row and a whole number of rows in every array");
    }
  }

  /** Number of rows. */
  public int rows() {
    return massNumbers.length;
  }

  /** Checks the widths against {@code a}. */
  public DtenData check(DtenArchitecture a) {
    int rows = rows();
    if (countFeatures.length != rows * a.countFeatures() || shellFeatures.length != rows * a.shellFeatures()
        || densities.length != rows * a.densityInputs()) {
      throw new InvalidParameterException("dten data widths", countFeatures.length / rows + "/"
          + shellFeatures.length / rows + "/" + densities.length / rows + " per row", a.countFeatures() + "/"
          + a.shellFeatures() + "/" + a.densityInputs() + " (X1/X2/densities) per row");
    }
    return this;
  }

  /** The rows {@code rows[0], rows[1], ...} in that order, as a new data set. */
  public DtenData select(int[] rows) {
    int n = rows();
    int w1 = countFeatures.length / n;
    int w2 = shellFeatures.length / n;
    int wd = densities.length / n;
    double[] c = new double[rows.length * w1];
    double[] s = new double[rows.length * w2];
    double[] d = new double[rows.length * wd];
    double[] a = new double[rows.length];
    double[] t = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      System.arraycopy(countFeatures, r * w1, c, i * w1, w1);
      System.arraycopy(shellFeatures, r * w2, s, i * w2, w2);
      System.arraycopy(densities, r * wd, d, i * wd, wd);
      a[i] = massNumbers[r];
      t[i] = targets[r];
    }
    return new DtenData(c, s, d, a, t);
  }
}

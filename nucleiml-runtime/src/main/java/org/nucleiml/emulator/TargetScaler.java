package org.nucleiml.emulator;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleColumns;

/**
 * The affine map physical = offset + scale * output for each regression target and nucleus,
 * fitted on the training split.
 *
 * @param kind how targets are scaled
 * @param targets target names, in output order
 * @param globalMeans per-target means over all training rows
 * @param globalStds per-target deviations over all training rows
 * @param nuclei per trained nucleus: means and deviations
 * @param meanFit per target: coefficients of the smooth fit of nucleus means (see {@link #basis}); read
 *     from the key {@code reference} of artifacts written before the radius' isospin term, so that a
 *     runtime older than the term refuses a newer artifact (an unknown key) instead of reading its fourth
 *     radius coefficient with the wrong function
 * @param relativeStd per target: mean over trained nuclei of std / mean, for unseen nuclei
 */
public record TargetScaler(TargetScaling kind, List<String> targets, List<Double> globalMeans,
    List<Double> globalStds, List<NucleusScale> nuclei, @JsonAlias("reference") List<List<Double>> meanFit,
    List<Double> relativeStd) {

  /**
   * Mean and deviation of each target for one nucleus.
   *
   * @param z proton number
   * @param n neutron number
   * @param means per-target means
   * @param stds per-target deviations, > 0
   */
  public record NucleusScale(int z, int n, List<Double> means, List<Double> stds) {
    /** Copies the lists. */
    public NucleusScale {
      means = List.copyOf(means);
      stds = List.copyOf(stds);
    }
  }

  /** Copies the lists. */
  public TargetScaler {
    targets = List.copyOf(targets);
    globalMeans = List.copyOf(globalMeans);
    globalStds = List.copyOf(globalStds);
    nuclei = List.copyOf(nuclei);
    meanFit = meanFit.stream().map(List::copyOf).toList();
    relativeStd = List.copyOf(relativeStd);
  }

  /**
   * Fits to training targets ({@code rows} x targets, row-major) with each row's Z and N.
   */
  public static TargetScaler fit(TargetScaling kind, List<String> targets, double[] values, int[] z,
      int[] n, int rows) {
    if (rows == 0) {
      throw new InvalidParameterException("training_rows", 0, "at least one row to fit the target scaler");
    }
    int dim = targets.size();
    double[][] global = TargetStatistics.meanStd(values, dim, r -> true, rows);
    List<NucleusScale> nuclei = new ArrayList<>();
    for (long key : TargetStatistics.distinctNuclei(z, n, rows)) {
      int zz = (int) (key >> 32);
      int nn = (int) key;
      double[][] s = TargetStatistics.meanStd(values, dim, r -> z[r] == zz && n[r] == nn, rows);
      nuclei.add(new NucleusScale(zz, nn, boxed(s[0]), boxed(positive(s[1], s[0]))));
    }
    List<List<Double>> meanFit = new ArrayList<>();
    List<Double> relative = new ArrayList<>();
    for (int k = 0; k < dim; k++) {
      meanFit.add(fitMeans(targets.get(k), k, nuclei));
      final int kk = k;
      relative.add(nuclei.stream().mapToDouble(s -> s.stds().get(kk) / Math.abs(s.means().get(kk)))
          .average().orElse(1.0));
    }
    return new TargetScaler(kind, targets, boxed(global[0]), boxed(positive(global[1], global[0])), nuclei,
        meanFit, relative);
  }

  /**
   * Writes offset and scale of target {@code k} for nucleus (z, n) to {@code out[0..1]}, without
   * allocating (called per prediction).
   */
  public void affine(int k, int z, int n, double[] out) {
    switch (kind) {
      case NONE -> set(out, 0.0, 1.0);
      case GLOBAL -> set(out, globalMeans.get(k), globalStds.get(k));
      case PER_NUCLEUS -> perNucleus(k, z, n, out);
      default -> throw new IllegalStateException(kind.toString());
    }
  }

  /** Whether (z, n) is one of the trained nuclei. */
  public boolean trained(int z, int n) {
    for (NucleusScale s : nuclei) {
      if (s.z() == z && s.n() == n) {
        return true;
      }
    }
    return false;
  }

  private void perNucleus(int k, int z, int n, double[] out) {
    for (NucleusScale s : nuclei) {
      if (s.z() == z && s.n() == n) {
        set(out, s.means().get(k), s.stds().get(k));
        return;
      }
    }
    double mean = 0;
    List<Double> c = meanFit.get(k);
    for (int j = 0; j < c.size(); j++) {
      mean += c.get(j) * basis(targets.get(k), j, z, n);
    }
    set(out, mean, Math.abs(mean) * relativeStd.get(k));
  }

  /**
   * Basis function {@code j} of the smooth nucleus dependence of a target: liquid-drop terms
   * (A, A^(2/3), Z^2/A^(1/3), (N-Z)^2/A) for the binding energy, (A^(1/3), 1, A^(-1/3), (N-Z)/A) for the
   * radius, a constant otherwise. The radius' isospin term is there because at equal A a neutron-rich
   * nucleus has the smaller charge radius: without it the fit through the training nuclei's means misses
   * the charge radii of the unseen N = Z nuclei 56Ni and 100Sn by 3% (1.5 of their spread over the NMP
   * box) and of 30Ne by 2%. An artifact written before the term holds three radius coefficients and is
   * evaluated with the first three functions ({@link #affine} sums over the stored coefficients).
   */
  static double basis(String target, int j, int z, int n) {
    double a = z + n;
    double c = StrictMath.cbrt(a);
    if (target.equals(SampleColumns.BINDING_ENERGY)) {
      return switch (j) {
        case 0 -> a;
        case 1 -> c * c;
        case 2 -> z * (double) z / c;
        default -> (n - z) * (double) (n - z) / a;
      };
    }
    if (target.equals(SampleColumns.CHARGE_RADIUS)) {
      return switch (j) {
        case 0 -> c;
        case 1 -> 1.0;
        case 2 -> 1.0 / c;
        default -> (n - z) / a;
      };
    }
    return 1.0;
  }

  static int basisSize(String target) {
    return target.equals(SampleColumns.BINDING_ENERGY) || target.equals(SampleColumns.CHARGE_RADIUS) ? 4 : 1;
  }

  /** Least squares (minimum norm when under-determined) of the nucleus means on the basis. */
  private static List<Double> fitMeans(String target, int k, List<NucleusScale> nuclei) {
    int m = basisSize(target);
    double[][] x = new double[nuclei.size()][m];
    double[] y = new double[nuclei.size()];
    for (int i = 0; i < nuclei.size(); i++) {
      NucleusScale s = nuclei.get(i);
      for (int j = 0; j < m; j++) {
        x[i][j] = basis(target, j, s.z(), s.n());
      }
      y[i] = s.means().get(k);
    }
    double[] c = new SingularValueDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
        .solve(new ArrayRealVector(y, false)).toArray();
    return boxed(c);
  }

  private static double[] positive(double[] stds, double[] means) {
    double[] s = stds.clone();
    for (int k = 0; k < s.length; k++) {
      // A constant target (one row, say) would make the scale 0: fall back to a fraction of its size.
      if (!(s[k] > 0)) {
        s[k] = Math.max(1e-3 * Math.abs(means[k]), 1e-12);
      }
    }
    return s;
  }

  private static void set(double[] out, double offset, double scale) {
    out[0] = offset;
    out[1] = scale;
  }

  private static List<Double> boxed(double[] v) {
    return java.util.Arrays.stream(v).boxed().toList();
  }
}

package org.nucleiml.study;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.emulator.network.dten.DtenArchitecture;
import org.nucleiml.emulator.network.dten.DtenData;
import org.nucleiml.emulator.network.dten.DtenEnsemble;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.chart.ChartProfiles;
import org.nucleiml.study.chart.ChartRow;
import org.nucleiml.study.chart.ProfileCompression;
import org.nucleiml.study.chart.ProfileCompression.Channel;

/**
 * The neutron-skin compression analysis of the spec's section 5.8 ([S002] Eq. (9), Fig. 4) for one
 * nucleus of a chart and one trained DTEN ensemble: the neutron profiles are compressed by k_n
 * ({@link ProfileCompression}: ρ_n → k³ρ_n(kr), τ_n → k⁵τ_n(kr), J_n → k⁴J_n(kr)), the protons, X1
 * and X2 kept, for k_n = 0.950, 0.951, ..., 1.050; the ensemble's binding energy B(k_n) is read against
 * the skin R_n/k_n − R_p (R_n, R_p the chart's point radii). Besides all three at once ({@code all}) each
 * of ρ, τ, J is compressed alone (the other two kept); the skin axis is R_n/k_n − R_p in every mode (the
 * radius the compressed density would have), so the curves share an abscissa.
 */
final class NeutronSkinScan {

  /** The scan's k_n: 0.950 to 1.050 in steps of 0.001, each computed as an exact quotient. */
  static final int FIRST_PER_MILLE = 950;
  static final int LAST_PER_MILLE = 1050;
  /** The half-width of the window around the maximum whose energy range is reported (fm). */
  static final double WINDOW_FM = 0.05;

  /** Which neutron profiles are compressed. */
  enum Mode {
    ALL("all", true, true, true),
    RHO("rho", true, false, false),
    TAU("tau", false, true, false),
    SPIN_ORBIT("J", false, false, true);

    private final String id;
    private final boolean[] compressed;

    Mode(String id, boolean rho, boolean tau, boolean j) {
      this.id = id;
      this.compressed = new boolean[] {rho, tau, j};
    }

    /** The name in the CSV and on the page. */
    String id() {
      return id;
    }
  }

  /**
   * One scan point.
   *
   * @param mode which profiles were compressed
   * @param k the compression factor k_n
   * @param neutronRadiusFm R_n/k
   * @param skinFm R_n/k − R_p
   * @param bindingEnergyMeV the ensemble's binding energy
   */
  record Point(Mode mode, double k, double neutronRadiusFm, double skinFm, double bindingEnergyMeV) {}

  /**
   * The maximum of one mode's B(k_n) and the energy range near it.
   *
   * @param mode the mode
   * @param kAtMaximum k_n of the largest B
   * @param skinAtMaximumFm the skin there
   * @param maximumMeV the largest B
   * @param uncompressedMeV B at k_n = 1 (the ensemble's prediction of the nucleus)
   * @param rangeWithinWindowMeV max − min of B over the points within ±{@link #WINDOW_FM} of that skin
   * @param interior whether the maximum lies inside the scan (not at k_n = 0.95 or 1.05)
   */
  record Maximum(Mode mode, double kAtMaximum, double skinAtMaximumFm, double maximumMeV, double uncompressedMeV,
      double rangeWithinWindowMeV, boolean interior) {}

  /**
   * The scan of one nucleus with one model.
   *
   * @param model the model id
   * @param row the nucleus' chart row (radii, NL3 skin)
   * @param points every mode's points, modes in {@link Mode} order, k ascending
   */
  record Result(String model, ChartRow row, List<Point> points) {

    /** The nucleus. */
    Nucleus nucleus() {
      return row.nucleus();
    }

    /** One mode's points, k ascending. */
    List<Point> points(Mode mode) {
      return points.stream().filter(p -> p.mode() == mode).toList();
    }

    /** One mode's maximum (the first point on a tie, so the smallest k). */
    Maximum maximum(Mode mode) {
      List<Point> ps = points(mode);
      int best = 0;
      double one = Double.NaN;
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).bindingEnergyMeV() > ps.get(best).bindingEnergyMeV()) {
          best = i;
        }
        if (ps.get(i).k() == 1.0) {
          one = ps.get(i).bindingEnergyMeV();
        }
      }
      Point top = ps.get(best);
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Point p : ps) {
        if (Math.abs(p.skinFm() - top.skinFm()) <= WINDOW_FM + 1e-12) {
          lo = Math.min(lo, p.bindingEnergyMeV());
          hi = Math.max(hi, p.bindingEnergyMeV());
        }
      }
      return new Maximum(mode, top.k(), top.skinFm(), top.bindingEnergyMeV(), one, hi - lo,
          best > 0 && best < ps.size() - 1);
    }
  }

  private NeutronSkinScan() {}

  /** The scan's compression factors, ascending. */
  static double[] factors() {
    double[] k = new double[LAST_PER_MILLE - FIRST_PER_MILLE + 1];
    for (int i = 0; i < k.length; i++) {
      k[i] = (FIRST_PER_MILLE + i) / 1000.0;
    }
    return k;
  }

  /**
   * Scans {@code row} (converged, profile {@code profile} of {@code chart}) with {@code ensemble}, a model
   * with density inputs; all points go through the ensemble in one batch.
   *
   * @param threads worker threads of the prediction (never changes a value)
   */
  static Result scan(String model, DtenEnsemble ensemble, ChartProfiles chart, int profile, int threads) {
    ChartRow row = chart.converged().get(profile);
    Nucleus nu = row.nucleus();
    int points = chart.points();
    int stored = chart.channels() * points;
    double[] original = java.util.Arrays.copyOfRange(chart.densities(), profile * stored, (profile + 1) * stored);
    Channel[] channels = Channel.values();
    ProfileCompression[] neutron = new ProfileCompression[channels.length];
    for (int c = 0; c < channels.length; c++) {
      // chart channels 0..2 are rho_n, tau_n, J_n (ChartRun.CHANNELS), the order of Channel
      neutron[c] = ProfileCompression.of(channels[c], chart.meshStepFm(),
          java.util.Arrays.copyOfRange(original, c * points, (c + 1) * points));
    }
    double[] k = factors();
    Mode[] modes = Mode.values();
    int n = modes.length * k.length;
    double[] x = ChartFeatures.YANG_X.compute(nu.z(), nu.n(), null);
    DtenArchitecture a = ensemble.members().get(0).plan().architecture();
    int w1 = a.countFeatures();
    int w2 = a.shellFeatures();
    double[] counts = new double[n * w1];
    double[] shells = new double[n * w2];
    double[] densities = new double[n * stored];
    double[] mass = new double[n];
    List<Point> result = new ArrayList<>();
    for (int m = 0; m < modes.length; m++) {
      for (int i = 0; i < k.length; i++) {
        int r = m * k.length + i;
        System.arraycopy(x, 0, counts, r * w1, w1);
        System.arraycopy(x, w1, shells, r * w2, w2);
        System.arraycopy(original, 0, densities, r * stored, stored);
        for (int c = 0; c < channels.length; c++) {
          if (modes[m].compressed[c]) {
            System.arraycopy(neutron[c].compressed(k[i]), 0, densities, r * stored + c * points, points);
          }
        }
        mass[r] = nu.a();
        double rn = row.neutronRadiusFm() / k[i];
        result.add(new Point(modes[m], k[i], rn, rn - row.protonRadiusFm(), Double.NaN));
      }
    }
    double[] nan = new double[n];
    java.util.Arrays.fill(nan, Double.NaN);
    double[] b = ensemble.bindingEnergies(new DtenData(counts, shells, densities, mass, nan), threads);
    List<Point> scored = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      Point p = result.get(r);
      scored.add(new Point(p.mode(), p.k(), p.neutronRadiusFm(), p.skinFm(), b[r]));
    }
    return new Result(model, row, List.copyOf(scored));
  }
}

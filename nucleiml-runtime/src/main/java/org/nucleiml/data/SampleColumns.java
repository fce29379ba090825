package org.nucleiml.data;

import java.util.List;

/**
 * Column names of the training data set {@code samples.csv}: one row per (sample, nucleus). The same
 * names are used in JSON keys, emulator feature names and docs.
 */
public final class SampleColumns {

  public static final String SAMPLE_ID = "sample_id";
  public static final List<String> NMP = List.of("rho0", "E0", "K0", "Q0", "mstar_over_m", "J0", "L0");
  public static final List<String> COUPLINGS =
      List.of("g_sigma", "g_omega", "g_rho", "A_MeV", "B", "C", "Lambda_v");
  public static final String NUCLEUS = "nucleus";
  public static final String Z = "Z";
  public static final String N = "N";
  public static final String A = "A";
  public static final String BINDING_ENERGY = "binding_energy_MeV";
  public static final String CHARGE_RADIUS = "charge_radius_fm";
  public static final String ITERATIONS = "iterations";
  public static final String CONVERGED = "converged";
  /** Two classes: {@code admissible} or {@code non-admissible}. */
  public static final String LABEL = "label";
  /** Four classes: {@code admissible}, {@code no-couplings}, {@code non-convergent}, {@code outside-threshold}. */
  public static final String LABEL4 = "label4";
  /** Why a row is not admissible: a no-couplings code, a non-convergence reason or the threshold miss. */
  public static final String REASON = "reason";

  /** The header of samples.csv, in order. */
  public static final List<String> HEADER = header();

  private SampleColumns() {}

  private static List<String> header() {
    java.util.ArrayList<String> h = new java.util.ArrayList<>();
    h.add(SAMPLE_ID);
    h.addAll(NMP);
    h.addAll(COUPLINGS);
    h.addAll(List.of(NUCLEUS, Z, N, A, BINDING_ENERGY, CHARGE_RADIUS, ITERATIONS, CONVERGED, LABEL,
        LABEL4, REASON));
    return List.copyOf(h);
  }
}

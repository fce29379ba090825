package org.nucleiml.emulator;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.data.SampleColumns;

/**
 * The emulator's input features: the seven NMPs, N and Z, and optionally physics features of the
 * nucleus (A^(1/3), (N-Z)/A, Z^2/A^(1/3)) that make the nucleus dependence smoother to learn.
 *
 * @param physics whether the physics features are included
 */
public record FeatureSet(boolean physics) {

  /** Name of A^(1/3). */
  public static final String A_CBRT = "A_cbrt";
  /** Name of the isospin asymmetry (N-Z)/A. */
  public static final String ASYMMETRY = "isospin_asymmetry";
  /** Name of the Coulomb-like term Z^2/A^(1/3). */
  public static final String COULOMB = "Z2_over_A_cbrt";

  /** Feature names in the order {@link #compute} writes them. */
  public List<String> names() {
    List<String> names = new ArrayList<>(SampleColumns.NMP);
    names.add(SampleColumns.N);
    names.add(SampleColumns.Z);
    if (physics) {
      names.addAll(List.of(A_CBRT, ASYMMETRY, COULOMB));
    }
    return List.copyOf(names);
  }

  /** The number of features. */
  public int width() {
    return physics ? 12 : 9;
  }

  /** Writes the features of (NMPs at {@code nmpOffset}, Z, N) to {@code out} without allocating. */
  public void compute(double[] nmp, int nmpOffset, int z, int n, double[] out, int outOffset) {
    System.arraycopy(nmp, nmpOffset, out, outOffset, 7);
    computeNucleus(z, n, out, outOffset + 7);
  }

  /** The number of features that depend on the nucleus only (they follow the 7 NMPs). */
  public int nucleusWidth() {
    return width() - 7;
  }

  /**
   * Writes the {@link #nucleusWidth()} features that follow the NMPs (N, Z and the physics features)
   * to {@code out} at {@code offset}: they depend on the nucleus only, so the batched path computes
   * them once per nucleus and reuses them for every NMP set.
   */
  public void computeNucleus(int z, int n, double[] out, int offset) {
    out[offset] = n;
    out[offset + 1] = z;
    if (physics) {
      double a = z + n;
      double cbrt = StrictMath.cbrt(a);
      out[offset + 2] = cbrt;
      out[offset + 3] = (n - z) / a;
      out[offset + 4] = (double) z * z / cbrt;
    }
  }
}

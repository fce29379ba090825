package org.nucleiml.physics.nucleus;

/**
 * The converged potentials of a solution on its mesh, MeV: {@code S = g_s sigma}, {@code W = g_w
 * omega_0}, {@code R = g_r rho_0}, Coulomb {@code Vc}; the warm start of a nearby solve. Immutable.
 */
public final class MeanFields {

  private final double meshStepFm;
  private final double[] packed;
  /** The mixer's learned history, reused by warm starts of the same nucleus and mesh. */
  final BroydenMixer.Memory mixerMemory;

  MeanFields(double meshStepFm, double[] packed, BroydenMixer.Memory mixerMemory) {
    this.meshStepFm = meshStepFm;
    this.packed = packed.clone();
    this.mixerMemory = mixerMemory;
  }

  /** The mesh step, fm. */
  public double meshStepFm() {
    return meshStepFm;
  }

  /** Number of mesh points (r = 0 .. box radius). */
  public int meshPoints() {
    return packed.length / 4;
  }

  /** The scalar potential S(r) = m - M*(r) on the mesh, MeV. */
  public double[] scalarPotentialMeV() {
    return block(0);
  }

  /** The omega potential W(r) on the mesh, MeV. */
  public double[] omegaPotentialMeV() {
    return block(1);
  }

  /** The rho potential R(r) on the mesh, MeV (nucleons feel tau_3 R/2). */
  public double[] rhoPotentialMeV() {
    return block(2);
  }

  /** The Coulomb potential energy of a proton on the mesh, MeV. */
  public double[] coulombPotentialMeV() {
    return block(3);
  }

  /**
   * Writes these fields onto another mesh (linear interpolation; beyond this box the meson fields
   * vanish and the Coulomb potential falls off as 1/r).
   */
  void copyTo(RadialGrid grid, double[] x) {
    int size = grid.n + 1;
    int old = meshPoints();
    double oldEdge = (old - 1) * meshStepFm;
    for (int block = 0; block < 4; block++) {
      for (int i = 0; i < size; i++) {
        double r = grid.r[i];
        double value;
        if (r >= oldEdge) {
          value = block == 3 ? packed[3 * old + old - 1] * oldEdge / r : 0.0;
        } else {
          double t = r / meshStepFm;
          int j = Math.min((int) t, old - 2);
          double w = t - j;
          value = (1 - w) * packed[block * old + j] + w * packed[block * old + j + 1];
        }
        x[block * size + i] = value;
      }
    }
  }

  private double[] block(int k) {
    int n = meshPoints();
    double[] out = new double[n];
    System.arraycopy(packed, k * n, out, 0, n);
    return out;
  }
}

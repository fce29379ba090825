package org.nucleiml.physics.nucleus;

import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.PhysicalConstants;

/**
 * The meson and photon field equations in the potentials' own units (MeV): {@code S = g_s sigma},
 * {@code W = g_w omega_0}, {@code R = g_r rho_0^(3)}, {@code Vc = e A_0}. Packed as four blocks of
 * one flat vector {@code [S | W | R | Vc]} (the vector the mixer works on). For densities in fm^-3:
 * <pre>
 *   (-lap + m_s^2) S = g_s^2 hc rho_s - [(A/g_s) S^2 + (B/g_s^2) S^3] / hc^2
 *   (-lap + m_w^2) W = g_w^2 hc rho   - g_w^2 [C W^3 + Lambda_v W R^2] / hc^2
 *   (-lap + m_r^2) R = g_r^2 hc rho_3/2 - g_r^2 Lambda_v W^2 R / hc^2
 *   -lap Vc = 4 pi alpha hc rho_p
 * </pre>
 * (masses in fm^-1); the nonlinear terms are evaluated with the input fields, so the fixed point
 * of input to output is the self-consistent solution.
 */
final class MesonFields {

  static final double HBAR_C = PhysicalConstants.HBAR_C;

  final int size;
  private final RadialGrid grid;
  private final Couplings c;
  private final KleinGordonSolver sigma;
  private final KleinGordonSolver omega;
  private final KleinGordonSolver rho;
  private final KleinGordonSolver photon;
  private final double[] source;
  private final double[] out;

  MesonFields(RadialGrid grid, Couplings couplings, ModelConstants constants) {
    this.grid = grid;
    this.c = couplings;
    size = grid.n + 1;
    sigma = new KleinGordonSolver(grid, constants.mSigma() / HBAR_C);
    omega = new KleinGordonSolver(grid, constants.mOmega() / HBAR_C);
    rho = new KleinGordonSolver(grid, constants.mRho() / HBAR_C);
    photon = new KleinGordonSolver(grid, 0.0);
    source = new double[size];
    out = new double[size];
  }

  /** Offset of block k (0 S, 1 W, 2 R, 3 Vc) in the packed vector. */
  int offset(int block) {
    return block * size;
  }

  /** Output fields from the densities (fm^-3) and the input fields {@code x}, into {@code y}. */
  void solve(double[] x, Densities d, double[] y) {
    int n = size;
    double hc2 = HBAR_C * HBAR_C;
    double gs2 = c.gSigma() * c.gSigma();
    double gw2 = c.gOmega() * c.gOmega();
    double gr2 = c.gRho() * c.gRho();
    double cubic = c.aMeV() / c.gSigma() / hc2;
    double quartic = c.b() / gs2 / hc2;
    for (int i = 0; i < n; i++) {
      double s = x[i];
      source[i] = gs2 * HBAR_C * d.scalar[i] - (cubic + quartic * s) * s * s;
    }
    solveInto(sigma, 0.0, y, 0);
    for (int i = 0; i < n; i++) {
      double w = x[n + i];
      double r = x[2 * n + i];
      source[i] = gw2 * (HBAR_C * d.vector[i] - (c.c() * w * w + c.lambdaV() * r * r) * w / hc2);
    }
    solveInto(omega, 0.0, y, n);
    for (int i = 0; i < n; i++) {
      double w = x[n + i];
      double r = x[2 * n + i];
      source[i] = gr2 * (HBAR_C * 0.5 * d.isovector[i] - c.lambdaV() * w * w * r / hc2);
    }
    solveInto(rho, 0.0, y, 2 * n);
    double coulomb = 4 * Math.PI * PhysicalConstants.ALPHA * HBAR_C;
    for (int i = 0; i < n; i++) {
      source[i] = coulomb * d.proton[i];
    }
    double charge = grid.volumeIntegral(d.proton);
    solveInto(photon, PhysicalConstants.ALPHA * HBAR_C * charge, y, 3 * n);
  }

  private void solveInto(KleinGordonSolver solver, double edge, double[] y, int offset) {
    solver.solve(source, edge, out);
    System.arraycopy(out, 0, y, offset, size);
  }
}

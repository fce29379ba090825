package org.nucleiml.physics.nucleus;

import org.nucleiml.physics.Couplings;

/**
 * Total energy without the rest mass, MeV: the occupied single-particle energies minus the double
 * counted field energies (the meson equations were used to write the field energy through the
 * sources), plus the pairing and centre-of-mass terms:
 * <pre>
 *   E - A m = sum v^2 (2j+1) e_i + int [ S rho_s/2 - (A/g_s^3) S^3/6 - (B/g_s^4) S^4/4
 *             - W rho/2 + C W^4/4 - R rho_3/4 + Lambda_v W^2 R^2/2 - Vc rho_p/2 ] d^3r
 *             + E_pair + E_cm
 * </pre>
 * (field powers divided by hbar c^3 to make energy densities). In uniform matter this reduces to
 * the energy density of docs/rmf-nuclear-matter.md, section 3.
 */
final class EnergyFunctional {

  private final RadialGrid grid;
  private final double cubic;
  private final double quartic;
  private final double omegaQuartic;
  private final double cross;
  private final double centerOfMass;

  EnergyFunctional(RadialGrid grid, Couplings c, double centerOfMassMeV) {
    this.grid = grid;
    double hc3 = StrictMath.pow(MesonFields.HBAR_C, 3);
    double gs = c.gSigma();
    cubic = c.aMeV() / (gs * gs * gs) / hc3;
    quartic = c.b() / (gs * gs * gs * gs) / hc3;
    omegaQuartic = c.c() / hc3;
    cross = c.lambdaV() / hc3;
    centerOfMass = centerOfMassMeV;
  }

  /** The energy of the fields {@code x} with the densities and levels they produced. */
  double energy(double[] x, Densities d, NucleonLevels protons, NucleonLevels neutrons) {
    int n = grid.n + 1;
    double sum = 0;
    for (int i = 1; i < n; i++) {
      double s = x[i];
      double w = x[n + i];
      double r = x[2 * n + i];
      double vc = x[3 * n + i];
      double density = 0.5 * s * d.scalar[i] - cubic * s * s * s / 6 - quartic * s * s * s * s / 4
          - 0.5 * w * d.vector[i] + omegaQuartic * w * w * w * w / 4 - 0.25 * r * d.isovector[i]
          + 0.5 * cross * w * w * r * r - 0.5 * vc * d.proton[i];
      sum += density * grid.r[i] * grid.r[i];
    }
    double fields = 4 * Math.PI * grid.h * sum;
    return protons.energySum + neutrons.energySum + fields + protons.pairingEnergy
        + neutrons.pairingEnergy + centerOfMass;
  }
}

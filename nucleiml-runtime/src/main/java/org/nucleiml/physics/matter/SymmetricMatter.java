package org.nucleiml.physics.matter;

/**
 * Symmetric nuclear matter at one density: Fermi momentum, the sigma and omega fields, energy
 * density and pressure (all MeV, densities MeV^3; the Fermi-gas integrals are doubled).
 *
 * @param couplings the reduced couplings
 * @param rho baryon density, MeV^3
 * @param kF Fermi momentum, MeV
 * @param s scalar field S = m - M*, MeV
 * @param w vector field W, MeV
 */
record SymmetricMatter(ReducedCouplings couplings, double rho, double kF, double s, double w) {

  /** Solves the fields at density rho (MeV^3); null where they do not exist. */
  static SymmetricMatter at(ReducedCouplings r, double rho) {
    double kF = FermiGas.symmetricFermiMomentum(rho);
    double w = MesonFields.omega(r, rho);
    if (Double.isNaN(w)) {
      return null;
    }
    double s = MesonFields.sigma(r, kF, kF);
    return Double.isNaN(s) ? null : new SymmetricMatter(r, rho, kF, s, w);
  }

  /** Dirac mass M* = m - S. */
  double mStar() {
    return couplings.nucleonMass() - s;
  }

  /** Fermi energy sqrt(kF^2 + M*^2). */
  double fermiEnergy() {
    double m = mStar();
    return Math.sqrt(kF * kF + m * m);
  }

  /** Energy density eps (with rest mass). */
  double energyDensity() {
    ReducedCouplings r = couplings;
    return 2 * FermiGas.energyDensity(kF, mStar()) + r.u(s) + 0.5 * r.aW() * w * w
        + 0.75 * r.c() * w * w * w * w;
  }

  /** Pressure P. */
  double pressure() {
    ReducedCouplings r = couplings;
    return 2 * FermiGas.pressure(kF, mStar()) - r.u(s) + 0.5 * r.aW() * w * w
        + 0.25 * r.c() * w * w * w * w;
  }

  /** Energy per nucleon without rest mass, E/A - m = eps/rho - m. */
  double energyPerNucleon() {
    return energyDensity() / rho - couplings.nucleonMass();
  }
}

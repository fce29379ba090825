package org.nucleiml.physics.matter;

/**
 * Integrals of a free Fermi gas of one nucleon species with spin degeneracy 2, Fermi momentum kF and
 * Dirac mass M (both in MeV); symmetric matter doubles every one of them.
 *
 * <p>All use {@code l = asinh(kF/M)}. chi, I and the pressure lose about (kF/M)^4 of relative
 * precision by cancellation, which is harmless above 0.005 fm^-3; the forward map never goes below
 * 0.010 fm^-3.
 */
final class FermiGas {

  private static final double PI2 = Math.PI * Math.PI;

  private FermiGas() {}

  /** Fermi momentum of one species of density rho (MeV^3): (3 pi^2 rho)^(1/3). */
  static double fermiMomentum(double rho) {
    return StrictMath.cbrt(3 * PI2 * rho);
  }

  /** Fermi momentum in symmetric matter of total density rho (MeV^3): (3 pi^2 rho/2)^(1/3). */
  static double symmetricFermiMomentum(double rho) {
    return StrictMath.cbrt(1.5 * PI2 * rho);
  }

  /** Scalar density M/(2 pi^2) [kF E_F - M^2 l]; zero for a massless gas. */
  static double scalarDensity(double kF, double m) {
    if (m <= 0) {
      return 0;
    }
    double eF = Math.sqrt(kF * kF + m * m);
    return m / (2 * PI2) * (kF * eF - m * m * asinh(kF, eF, m));
  }

  /** Kinetic energy density (with rest mass) 1/(8 pi^2) [kF E_F (2kF^2 + M^2) - M^4 l]. */
  static double energyDensity(double kF, double m) {
    double eF = Math.sqrt(kF * kF + m * m);
    double m4l = m <= 0 ? 0 : m * m * m * m * asinh(kF, eF, m);
    return (kF * eF * (2 * kF * kF + m * m) - m4l) / (8 * PI2);
  }

  /** Kinetic pressure 1/(24 pi^2) [kF E_F (2kF^2 - 3M^2) + 3 M^4 l]. */
  static double pressure(double kF, double m) {
    double eF = Math.sqrt(kF * kF + m * m);
    double m4l = m <= 0 ? 0 : m * m * m * m * asinh(kF, eF, m);
    return (kF * eF * (2 * kF * kF - 3 * m * m) + 3 * m4l) / (24 * PI2);
  }

  /** chi = d rho_s/dM at fixed kF = 1/(2 pi^2) [kF E_F + 2 kF M^2/E_F - 3 M^2 l] (> 0). */
  static double scalarSusceptibility(double kF, double m) {
    double eF = Math.sqrt(kF * kF + m * m);
    return (kF * eF + 2 * kF * m * m / eF - 3 * m * m * asinh(kF, eF, m)) / (2 * PI2);
  }

  /** I = (1/pi^2) int_0^kF k^4/E^5 dk = (1/pi^2) [l - kF/E_F - kF^3/(3 E_F^3)]; d chi/dM = -3 M I. */
  static double curvatureIntegral(double kF, double m) {
    double eF = Math.sqrt(kF * kF + m * m);
    double x = kF / eF;
    return (asinh(kF, eF, m) - x - x * x * x / 3) / PI2;
  }

  /** asinh(kF/M), written with log1p so that it keeps full relative precision as kF/M -> 0. */
  private static double asinh(double kF, double eF, double m) {
    double x = kF / m;
    return StrictMath.log1p(x + x * x / (1 + eF / m));
  }
}

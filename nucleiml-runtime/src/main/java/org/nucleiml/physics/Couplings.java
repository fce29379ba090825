package org.nucleiml.physics;

import org.nucleiml.Checks;

/**
 * The seven couplings of the nonlinear RMF Lagrangian (Dutra et al. 2014 conventions, see
 * docs/physics.md): {@code M* = m - gSigma sigma}, {@code U = m_s^2 sigma^2/2 + A sigma^3/3 + B
 * sigma^4/4}, quartic omega term {@code (C/4)(g_w^2 w.w)^2}, rho coupling {@code (gRho/2) psibar
 * gamma rho.tau psi}, cross term {@code (1/2) Lambda_v g_w^2 g_r^2 (w.w)(rho.rho)}.
 *
 * @param gSigma sigma-nucleon coupling ({@code g_sigma}), dimensionless, > 0
 * @param gOmega omega-nucleon coupling ({@code g_omega}), dimensionless, > 0
 * @param gRho rho-nucleon coupling ({@code g_rho}, full, not g_rho/2), dimensionless, >= 0
 * @param aMeV cubic sigma self-coupling A in MeV ({@code A_MeV})
 * @param b quartic sigma self-coupling B ({@code B}), dimensionless
 * @param c quartic omega self-coupling C ({@code C}), dimensionless
 * @param lambdaV omega-rho cross coupling ({@code Lambda_v}), dimensionless
 */
public record Couplings(
    double gSigma, double gOmega, double gRho, double aMeV, double b, double c, double lambdaV) {

  /** Validates every coupling: finite, meson-nucleon couplings positive (gRho may be zero). */
  public Couplings {
    Checks.positive("g_sigma", gSigma);
    Checks.positive("g_omega", gOmega);
    Checks.nonNegative("g_rho", gRho);
    Checks.finite("A_MeV", aMeV);
    Checks.finite("B", b);
    Checks.finite("C", c);
    Checks.finite("Lambda_v", lambdaV);
  }
}

package org.nucleiml.physics;

import org.nucleiml.Checks;

/**
 * Fixed masses of the model, in MeV: the sigma, omega and rho meson masses and the nucleon mass
 * (protons and neutrons share it). The study holds them fixed while the couplings vary.
 *
 * @param mSigma sigma meson mass, MeV ({@code m_sigma})
 * @param mOmega omega meson mass, MeV ({@code m_omega})
 * @param mRho rho meson mass, MeV ({@code m_rho})
 * @param nucleonMass nucleon mass, MeV ({@code nucleon_mass})
 */
public record ModelConstants(double mSigma, double mOmega, double mRho, double nucleonMass) {

  /** The NucleiML study's values: 508.1941, 782.501, 763.0 and 939 MeV. */
  public static final ModelConstants STUDY = new ModelConstants(508.1941, 782.501, 763.0, 939.0);

  /** Validates every mass: finite and positive. */
  public ModelConstants {
    Checks.positive("m_sigma", mSigma);
    Checks.positive("m_omega", mOmega);
    Checks.positive("m_rho", mRho);
    Checks.positive("nucleon_mass", nucleonMass);
  }
}

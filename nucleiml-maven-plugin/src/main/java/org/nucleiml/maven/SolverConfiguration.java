package org.nucleiml.maven;

import org.nucleiml.physics.nucleus.SolverSettings;
import org.nucleiml.study.config.SolverEntry;


/**
 * POM form of the RMF solver settings ({@code <solver>}); anything left out keeps the solver's
 * default (docs/physics-finite-nuclei.md).
 */
public class SolverConfiguration {

  /** Radial mesh step, fm (default 0.15). */
  Double meshStepFm;
  /** Box radius, fm; 0 = max(15, 10 + 1.5 A^(1/3)) (default). */
  Double boxRadiusFm;
  /** Self-consistency iteration cap (default 999, as in the study). */
  Integer maxIterations;
  /** Convergence tolerance on potentials and energy, MeV. */
  Double toleranceMeV;
  /**
   * Pairing prescription: {@code constant-gap} (BCS, Delta = 12/sqrt(A), for partly filled last
   * levels; default), {@code none} (filling approximation, as in published Hartree tables) or
   * {@code constant-g} (seniority force G = 20/A MeV); {@code true}/{@code false}, the earlier form,
   * mean constant-gap/none. Set it from the command line with {@code <pairing>${nml.pairing}</pairing>}.
   */
  String pairing;
  /** Pairing gap Delta = coefficient / sqrt(A), MeV (default 12). */
  Double pairingGapCoefficientMeV;
  /** Centre-of-mass correction -(3/4) c A^(-1/3) MeV with this c (default 41; 0 disables it). */
  Double centerOfMassCoefficientMeV;
  /** Charge radius formula: {@code with-neutron} (Rp^2 + 0.7071 - 0.1161 N/Z, default) or {@code proton-only} (Rp^2 + 0.64). */
  String chargeRadius;

  /** The settings: defaults with the configured values replaced (the runtime's written form decides). */
  SolverSettings toSettings() {
    return new SolverEntry(meshStepFm, boxRadiusFm, maxIterations, toleranceMeV, pairing, pairingGapCoefficientMeV,
        centerOfMassCoefficientMeV, chargeRadius).toSettings();
  }
}

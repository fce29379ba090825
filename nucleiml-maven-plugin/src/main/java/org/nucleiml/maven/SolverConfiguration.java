package org.nucleiml.maven;

import java.util.Locale;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.nucleus.CenterOfMassCorrection;
import org.nucleiml.physics.nucleus.ChargeRadiusFormula;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.physics.nucleus.PairingSettings;
import org.nucleiml.physics.nucleus.SolverSettings;

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

  /** The settings: defaults with the configured values replaced. */
  SolverSettings toSettings() {
    SolverSettings d = SolverSettings.DEFAULT;
    PairingSettings p = d.pairing();
    PairingSettings pairingSettings = new PairingSettings(prescription(p),
        pairingGapCoefficientMeV == null ? p.gapCoefficientMeV() : pairingGapCoefficientMeV,
        p.windowInHbarOmega(), p.strengthCoefficientMeV());
    CenterOfMassCorrection cm = centerOfMassCoefficientMeV == null ? d.centerOfMass()
        : new CenterOfMassCorrection(centerOfMassCoefficientMeV);
    return new SolverSettings(
        meshStepFm == null ? d.meshStepFm() : meshStepFm,
        boxRadiusFm == null ? d.boxRadiusFm() : boxRadiusFm,
        maxIterations == null ? d.maxIterations() : maxIterations,
        toleranceMeV == null ? d.tolerance() : toleranceMeV,
        pairingSettings, cm, chargeRadiusFormula(d), d.mixingHistory(), d.mixingWeight());
  }

  private PairingPrescription prescription(PairingSettings d) {
    if (pairing == null) {
      return d.prescription();
    }
    return switch (pairing.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> PairingPrescription.CONSTANT_GAP;
      case "false" -> PairingPrescription.NONE;
      default -> PairingPrescription.parse("solver.pairing", pairing);
    };
  }

  private ChargeRadiusFormula chargeRadiusFormula(SolverSettings d) {
    if (chargeRadius == null) {
      return d.chargeRadius();
    }
    return switch (chargeRadius.trim().toLowerCase(Locale.ROOT)) {
      case "with-neutron" -> ChargeRadiusFormula.WITH_NEUTRON;
      case "proton-only" -> ChargeRadiusFormula.PROTON_ONLY;
      default -> throw new InvalidParameterException("solver.chargeRadius", chargeRadius,
          "with-neutron or proton-only");
    };
  }
}

package org.nucleiml.physics.nucleus;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Numerical and physical options of {@link RmfSolver}, validated once at construction.
 *
 * @param meshStepFm radial mesh step h, fm (0.15 by default), in (0, 0.5]
 * @param boxRadiusFm radius of the box, fm; 0 selects {@code max(15, 10 + 1.5 A^(1/3))} fm
 * @param maxIterations self-consistency iteration cap (999 by default, as in the study)
 * @param tolerance convergence threshold, MeV, on the largest change of any potential between
 *     input and output of an iteration and on the change of the total energy
 * @param pairing treatment of partly filled last levels
 * @param centerOfMass centre-of-mass correction of the energy
 * @param chargeRadius charge radius from the point-proton radius
 * @param mixingHistory number of previous iterations the Broyden mixer remembers, >= 1
 * @param mixingWeight linear mixing weight of the Broyden mixer, in [0.001, 1]
 * @param profiles which Dirac components the radial profiles of a converged solve
 *     ({@link NucleusSolution#profiles()}) are built from, or null (the default) for no profiles:
 *     they cost a pass over the levels that the posterior's solves do not need
 */
public record SolverSettings(double meshStepFm, double boxRadiusFm, int maxIterations,
    double tolerance, PairingSettings pairing, CenterOfMassCorrection centerOfMass,
    ChargeRadiusFormula chargeRadius, int mixingHistory, double mixingWeight,
    DensityComponents profiles) {

  /** h = 0.15 fm, box by the A rule, 999 iterations, 1e-6 MeV, Broyden(16, 0.7), BCS, E_cm, Rch. */
  public static final SolverSettings DEFAULT = new SolverSettings(0.15, 0.0, 999, 1e-6,
      PairingSettings.DEFAULT, CenterOfMassCorrection.OSCILLATOR, ChargeRadiusFormula.WITH_NEUTRON,
      16, 0.7);

  /** Validates every option. */
  public SolverSettings {
    Checks.closedRange("mesh_step_fm", meshStepFm, 1e-3, 0.5);
    Checks.nonNegative("box_radius_fm", boxRadiusFm);
    if (boxRadiusFm > 0 && boxRadiusFm < 40 * meshStepFm) {
      throw new InvalidParameterException("box_radius_fm", boxRadiusFm,
          "0 (automatic) or at least 40 mesh steps (" + 40 * meshStepFm + " fm)");
    }
    Checks.positive("max_iterations", maxIterations);
    Checks.positive("tolerance_MeV", tolerance);
    Checks.positive("mixing_history", mixingHistory);
    Checks.closedRange("mixing_weight", mixingWeight, 1e-3, 1.0);
    requireNonNull("pairing", pairing);
    requireNonNull("center_of_mass", centerOfMass);
    requireNonNull("charge_radius", chargeRadius);
  }

  /** Settings without radial profiles. */
  public SolverSettings(double meshStepFm, double boxRadiusFm, int maxIterations, double tolerance,
      PairingSettings pairing, CenterOfMassCorrection centerOfMass, ChargeRadiusFormula chargeRadius,
      int mixingHistory, double mixingWeight) {
    this(meshStepFm, boxRadiusFm, maxIterations, tolerance, pairing, centerOfMass, chargeRadius,
        mixingHistory, mixingWeight, null);
  }

  /** The box radius used for a nucleus of mass number A, fm. */
  public double boxRadiusFm(int massNumber) {
    return boxRadiusFm > 0 ? boxRadiusFm
        : Math.max(15.0, 10.0 + 1.5 * StrictMath.cbrt(massNumber));
  }

  /** A copy with another mesh step. */
  public SolverSettings withMeshStep(double h) {
    return new SolverSettings(h, boxRadiusFm, maxIterations, tolerance, pairing,
        centerOfMass, chargeRadius, mixingHistory, mixingWeight, profiles);
  }

  /** A copy with a fixed box radius (0 for the A rule). */
  public SolverSettings withBoxRadius(double radiusFm) {
    return new SolverSettings(meshStepFm, radiusFm, maxIterations, tolerance, pairing,
        centerOfMass, chargeRadius, mixingHistory, mixingWeight, profiles);
  }

  /** A copy with another iteration cap. */
  public SolverSettings withMaxIterations(int cap) {
    return new SolverSettings(meshStepFm, boxRadiusFm, cap, tolerance, pairing,
        centerOfMass, chargeRadius, mixingHistory, mixingWeight, profiles);
  }

  /** A copy with other pairing settings. */
  public SolverSettings withPairing(PairingSettings p) {
    return new SolverSettings(meshStepFm, boxRadiusFm, maxIterations, tolerance, p,
        centerOfMass, chargeRadius, mixingHistory, mixingWeight, profiles);
  }

  /** A copy that also computes the radial profiles from these components (null: none). */
  public SolverSettings withProfiles(DensityComponents components) {
    return new SolverSettings(meshStepFm, boxRadiusFm, maxIterations, tolerance, pairing,
        centerOfMass, chargeRadius, mixingHistory, mixingWeight, components);
  }

  private static void requireNonNull(String name, Object value) {
    if (value == null) {
      throw new InvalidParameterException(name, "null", "a value");
    }
  }
}

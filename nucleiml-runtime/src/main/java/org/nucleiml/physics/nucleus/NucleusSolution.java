package org.nucleiml.physics.nucleus;

import java.util.List;
import org.nucleiml.physics.Nucleus;

/**
 * Result of a self-consistent solve. When not converged, {@code reason} says why and the
 * observables are NaN; the CLI prints them as JSON null.
 *
 * @param nucleus the nucleus
 * @param converged whether the iteration met the tolerance
 * @param reason why not, or null when converged
 * @param iterations self-consistency iterations used, those of the ground-state check included
 * @param bindingEnergyMeV total binding energy (positive), with the centre-of-mass correction, MeV
 * @param chargeRadiusFm rms charge radius, fm
 * @param protonRadiusFm rms radius of the point-proton density, fm
 * @param neutronRadiusFm rms radius of the point-neutron density, fm
 * @param matterRadiusFm rms radius of the nucleon density, fm
 * @param skinFm neutron skin, neutron minus proton rms radius, fm
 * @param levels occupied (or paired) single-particle levels, protons then neutrons, lowest first
 * @param fields the converged potentials (a warm start for nearby solves), or null
 * @param configuration the occupied levels with their nucleon numbers, e.g. {@code p: 1s1/2^2 ...;
 *     n: ... 1f7/2^8 2p3/2^4} (paired species end with their gap), or null when not converged
 * @param levelCrossing for {@link NonConvergenceReason#LEVEL_ORDERING}, the species and the last
 *     change of its occupied levels, e.g. {@code n: 1i11/2^12 -> 2f5/2^6 1i11/2^6}; otherwise null
 * @param profiles the radial profiles rho, tau, J per species when {@link SolverSettings#profiles()}
 *     asked for them and the solve converged, otherwise null
 */
public record NucleusSolution(Nucleus nucleus, boolean converged, NonConvergenceReason reason,
    int iterations, double bindingEnergyMeV, double chargeRadiusFm, double protonRadiusFm,
    double neutronRadiusFm, double matterRadiusFm, double skinFm, List<SingleParticleLevel> levels,
    MeanFields fields, String configuration, String levelCrossing, NuclearProfiles profiles) {

  /** Copies the level list. */
  public NucleusSolution {
    levels = List.copyOf(levels);
  }

  /** A solution without radial profiles. */
  public NucleusSolution(Nucleus nucleus, boolean converged, NonConvergenceReason reason,
      int iterations, double bindingEnergyMeV, double chargeRadiusFm, double protonRadiusFm,
      double neutronRadiusFm, double matterRadiusFm, double skinFm, List<SingleParticleLevel> levels,
      MeanFields fields, String configuration, String levelCrossing) {
    this(nucleus, converged, reason, iterations, bindingEnergyMeV, chargeRadiusFm, protonRadiusFm,
        neutronRadiusFm, matterRadiusFm, skinFm, levels, fields, configuration, levelCrossing, null);
  }

  /**
   * This solution if its observables are those of a bound nucleus (binding energy > 0, every radius
   * > 0, all finite), otherwise a failure for {@link NonConvergenceReason#UNPHYSICAL_SOLUTION}: a
   * "converged" result with BE <= 0 is a spurious fixed point, not an answer.
   */
  NucleusSolution physicalOrFailed() {
    boolean bound = bindingEnergyMeV > 0 && Double.isFinite(bindingEnergyMeV)
        && positive(chargeRadiusFm) && positive(protonRadiusFm) && positive(neutronRadiusFm)
        && positive(matterRadiusFm) && Double.isFinite(skinFm);
    return !converged || bound ? this : failed(nucleus, NonConvergenceReason.UNPHYSICAL_SOLUTION, iterations, null);
  }

  /** The same solution with another iteration count (the steps of a ground-state check added). */
  NucleusSolution withIterations(int total) {
    return new NucleusSolution(nucleus, converged, reason, total, bindingEnergyMeV, chargeRadiusFm,
        protonRadiusFm, neutronRadiusFm, matterRadiusFm, skinFm, levels, fields, configuration,
        levelCrossing, profiles);
  }

  private static boolean positive(double v) {
    return v > 0 && Double.isFinite(v);
  }

  /** A failed solve: the reason, no observables. */
  static NucleusSolution failed(Nucleus nucleus, NonConvergenceReason reason, int iterations,
      String levelCrossing) {
    double nan = Double.NaN;
    return new NucleusSolution(nucleus, false, reason, iterations, nan, nan, nan, nan, nan, nan,
        List.of(), null, null, levelCrossing);
  }
}

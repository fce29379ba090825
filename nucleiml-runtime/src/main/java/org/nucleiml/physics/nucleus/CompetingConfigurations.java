package org.nucleiml.physics.nucleus;

import java.util.List;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;

/**
 * The ground-state check of a converged solve. With sharp filling a nucleus can have two
 * self-consistent configurations when the last filled level and the first empty one are close:
 * e.g. 208Pb at some points of the study box, with protons either closed ({@code 2d3/2^4
 * 3s1/2^2}) or with two protons in 1h9/2, which the rearrangement pulls below 3s1/2 and the
 * constant-gap BCS then spreads (1-5 MeV more bound). Which of them an iteration reaches depends on
 * its early path, not on the physics; the ground state is the more bound one. So for each species
 * whose Fermi gap is small, the competing configuration (the first empty level filled in place of
 * the last filled one) is solved from the converged fields: first constrained to it (sharp
 * filling, so the fields can rearrange), then released to the ordinary filling. When that
 * converges to a solution more bound than the first, it is the answer. Everything starts from the
 * solve's own converged fields, so the answer stays a function of couplings, nucleus and settings.
 */
final class CompetingConfigurations {

  /** Fermi gaps up to this, MeV, are checked (the competitors found on the box sample: 0.4-2.1). */
  static final double GAP_MEV = 3.0;
  /** Step cap of each run of a check (a competitor that needs more is dropped). */
  static final int MAX_ITERATIONS = 100;
  /** A competitor replaces the first solution only when more bound by more than this, MeV. */
  private static final double MARGIN_MEV = 1e-4;

  /** Computes the observables of a converged scheme. */
  interface Observables {
    NucleusSolution of(MeanFieldScheme scheme, SelfConsistentIteration.Outcome outcome, double[] x);
  }

  private final Nucleus nucleus;
  private final Couplings couplings;
  private final ModelConstants constants;
  private final SolverSettings settings;

  CompetingConfigurations(Nucleus nucleus, Couplings couplings, ModelConstants constants,
      SolverSettings settings) {
    this.nucleus = nucleus;
    this.couplings = couplings;
    this.constants = constants;
    this.settings = settings;
  }

  /**
   * The most bound of {@code solution} and its competitors; its iteration count includes the
   * steps of the check.
   *
   * @param scheme the converged scheme of {@code solution} (its last step searched all levels)
   * @param x its converged fields (not modified)
   */
  NucleusSolution groundState(MeanFieldScheme scheme, double[] x, NucleusSolution solution,
      Observables observables) {
    NucleusSolution best = solution;
    int extra = 0;
    for (NucleonLevels levels : List.of(scheme.protons, scheme.neutrons)) {
      NucleonLevels.FermiSurface surface = levels.fermiSurface();
      if (surface == null || surface.gapMeV() > GAP_MEV) {
        continue;
      }
      MeanFieldScheme competitor = new MeanFieldScheme(nucleus, couplings, constants, settings);
      NucleonLevels constrained = levels.species == NucleonSpecies.PROTON ? competitor.protons
          : competitor.neutrons;
      double[] y = x.clone();
      constrained.constrain(surface.next(), surface.last());
      SelfConsistentIteration.Outcome first =
          new SelfConsistentIteration(competitor, settings).run(y, null, MAX_ITERATIONS);
      extra += first.iterations();
      // still held in place by the constraint: not a configuration of the ordinary filling (on the
      // box sample such runs, released, always fell back to the first solution)
      if (!first.converged() || constrained.constraintHolds()) {
        continue;
      }
      constrained.release();
      SelfConsistentIteration.Outcome released =
          new SelfConsistentIteration(competitor, settings).run(y, null, MAX_ITERATIONS);
      extra += released.iterations();
      if (!released.converged()) {
        continue;
      }
      NucleusSolution candidate = observables.of(competitor, released, y).physicalOrFailed();
      if (candidate.converged()
          && candidate.bindingEnergyMeV() > best.bindingEnergyMeV() + MARGIN_MEV) {
        best = candidate;
      }
    }
    return extra == 0 ? best : best.withIterations(solution.iterations() + extra);
  }
}

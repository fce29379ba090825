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
 * converges to a solution more bound than the first, it is the answer.
 *
 * <p>The check is made cheap by stopping every run that cannot end in a more bound solution (each
 * rule measured on the study's box sample, docs/physics-finite-nuclei.md section 7): a competitor
 * whose first-order energy (frozen fields) is more than {@link #ESTIMATE_MEV} above the solution
 * is not solved; the constrained run is dropped when the promoted level has not dropped below the
 * demoted one within {@link #FREED_WITHIN} steps, and otherwise ends at a loose residual; the
 * released run ends as soon as the filling is the first solution's again. Both runs start from
 * the solve's own Broyden history and level energies. Everything starts from the solve's own
 * converged state, so the answer stays a function of couplings, nucleus and settings.
 */
final class CompetingConfigurations {

  /**
   * Fermi gaps up to this, MeV, are checked (the competitors found more bound on the box sample had
   * gaps of 0.05-2.49 MeV).
   */
  static final double GAP_MEV = 2.5;
  /**
   * A competitor whose first-order energy change is above this, MeV, is not solved: on the box
   * sample those (a paired 208Pb solution whose competitor is the closed shell, estimated 3.2-7.4
   * MeV less bound) never ended more bound, while the competitors found more bound had estimates
   * of -3.1 to 0 MeV.
   */
  static final double ESTIMATE_MEV = 1.0;
  /**
   * The constrained run is dropped when the promoted level still lies above the demoted one after
   * this many steps: every competitor found more bound on the box sample had its promoted level
   * below after 2 or 3 steps, while most runs whose level never dropped below ended with the
   * constraint holding (no competitor).
   */
  static final int FREED_WITHIN = 4;
  /**
   * The constrained run ends at this residual, MeV: it only has to show whether the levels lie in
   * the order of the constrained filling; the released run converges to the full tolerance.
   */
  static final double CONSTRAINED_RESIDUAL_MEV = 1e-2;
  /** The released run ends when it is back in the first filling below this residual, MeV. */
  static final double RETURNED_RESIDUAL_MEV = 0.1;
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
   * @param memory the Broyden history of the converged solve, or null
   */
  NucleusSolution groundState(MeanFieldScheme scheme, double[] x, BroydenMixer.Memory memory,
      NucleusSolution solution, Observables observables) {
    NucleusSolution best = solution;
    int extra = 0;
    for (NucleonLevels levels : List.of(scheme.protons, scheme.neutrons)) {
      NucleonLevels.FermiSurface surface = levels.fermiSurface();
      if (surface == null || surface.gapMeV() > GAP_MEV
          || levels.competitorEnergyShiftMeV(surface.next(), surface.last()) > ESTIMATE_MEV) {
        continue;
      }
      MeanFieldScheme competitor = new MeanFieldScheme(nucleus, couplings, constants, settings);
      competitor.protons.seedFrom(scheme.protons);
      competitor.neutrons.seedFrom(scheme.neutrons);
      NucleonLevels constrained = levels.species == NucleonSpecies.PROTON ? competitor.protons
          : competitor.neutrons;
      double[] y = x.clone();
      constrained.constrain(surface.next(), surface.last());
      boolean[] freed = {false};
      SelfConsistentIteration.Outcome first = new SelfConsistentIteration(competitor, settings)
          .run(y, memory, MAX_ITERATIONS, (it, residual) -> {
            freed[0] |= !constrained.constraintHolds();
            return residual < CONSTRAINED_RESIDUAL_MEV || (it >= FREED_WITHIN && !freed[0]);
          });
      extra += first.iterations();
      boolean ended = first.converged() || first.reason() == null;
      // still held in place by the constraint: not a configuration of the ordinary filling (on the
      // box sample such runs, released, always fell back to the first solution)
      if (!ended || !freed[0] || constrained.constraintHolds()) {
        continue;
      }
      constrained.release();
      long original = levels.occupiedSignature();
      SelfConsistentIteration.Outcome released = new SelfConsistentIteration(competitor, settings)
          .run(y, first.memory(), MAX_ITERATIONS, (it, residual) ->
              residual < RETURNED_RESIDUAL_MEV && constrained.occupiedSignature() == original);
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

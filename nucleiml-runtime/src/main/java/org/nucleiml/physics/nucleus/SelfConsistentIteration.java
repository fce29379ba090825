package org.nucleiml.physics.nucleus;

/**
 * The engine of the self-consistent solve, independent of the physics: iterates the scheme's map
 * {@code x -> F(x)} with Broyden mixing until the largest field change and the energy change are
 * below the tolerance, and classifies a failure (cap, stagnation, level ordering, unphysical
 * fields). Convergence is confirmed by one more step with a full level search, so a level that
 * crossed the Fermi surface from far above cannot go unnoticed.
 */
final class SelfConsistentIteration {

  /** How a run ended. */
  record Outcome(boolean converged, NonConvergenceReason reason, int iterations,
      BroydenMixer.Memory memory, String levelCrossing) {

    Outcome(boolean converged, NonConvergenceReason reason, int iterations,
        BroydenMixer.Memory memory) {
      this(converged, reason, iterations, memory, null);
    }
  }

  /**
   * Ends a run early (the ground-state check of {@link CompetingConfigurations}): asked after every
   * step that did not converge, with the step number and its residual (MeV).
   */
  interface Watch {
    /** A run without a watch. */
    Watch NONE = (iteration, residual) -> false;

    /** Whether to stop now. */
    boolean stop(int iteration, double residual);
  }

  /** Iterations without a 10% improvement of the best residual that count as stagnation. */
  private static final int STAGNATION_WINDOW = 200;
  /** Changes of the occupied level set beyond which the filling is declared unstable. */
  private static final int MAX_CONFIGURATION_CHANGES = 40;
  private static final int FULL_SEARCH_PERIOD = 20;
  /** Below this residual (MeV) the level set is kept between steps instead of recounted. */
  private static final double KEEP_LEVELS_BELOW = 0.1;
  /**
   * Level energies of a step are refined to this fraction of the previous step's residual, and
   * never more loosely than {@link #LOOSEST_LEVEL_MEV}: an error far below the field change of a
   * step does not slow the iteration (inexact fixed-point steps), while the last steps, whose
   * residual is near the tolerance, and the confirmation get the full 1e-9 MeV.
   */
  private static final double LEVEL_ACCURACY_FRACTION = 1e-3;
  private static final double LOOSEST_LEVEL_MEV = 1e-2;
  /** Consecutive steps with too few bound levels after which the nucleus counts as unbound. */
  private static final int MAX_SHORT_STEPS = 30;

  private final MeanFieldScheme scheme;
  private final SolverSettings settings;

  SelfConsistentIteration(MeanFieldScheme scheme, SolverSettings settings) {
    this.scheme = scheme;
    this.settings = settings;
  }

  /**
   * Iterates from the fields {@code x} (overwritten with the last input fields).
   *
   * @param memory mixer history of a nearby converged solve, or null
   */
  Outcome run(double[] x, BroydenMixer.Memory memory) {
    return run(x, memory, settings.maxIterations());
  }

  /**
   * Iterates from the fields {@code x} for at most {@code maxIterations} steps.
   *
   * @param memory mixer history of a nearby converged solve, or null
   */
  Outcome run(double[] x, BroydenMixer.Memory memory, int maxIterations) {
    return run(x, memory, maxIterations, Watch.NONE);
  }

  /**
   * Iterates from the fields {@code x} for at most {@code maxIterations} steps, or until {@code
   * watch} stops it: then the outcome is not converged, has no reason and carries the mixer's
   * history, and {@code x} holds the input fields of the last step.
   *
   * @param memory mixer history of a nearby converged solve, or null
   */
  Outcome run(double[] x, BroydenMixer.Memory memory, int maxIterations, Watch watch) {
    double[] y = new double[x.length];
    BroydenMixer mixer = new BroydenMixer(x.length, settings.mixingHistory(),
        settings.mixingWeight());
    mixer.seed(memory);
    double tol = settings.tolerance();
    double previousEnergy = Double.NaN;
    double best = Double.POSITIVE_INFINITY;
    int bestIteration = 0;
    long signature = 0;
    int configurationChanges = 0;
    int shortSteps = 0;
    double residual = Double.POSITIVE_INFINITY;
    for (int it = 1; it <= maxIterations; it++) {
      NonConvergenceReason failure = scheme.evaluate(x, y, search(it, residual),
          Math.min(LOOSEST_LEVEL_MEV, LEVEL_ACCURACY_FRACTION * residual));
      if (failure != null) {
        return new Outcome(false, failure, it, null);
      }
      shortSteps = scheme.allBound ? 0 : shortSteps + 1;
      if (shortSteps > MAX_SHORT_STEPS) {
        return new Outcome(false, NonConvergenceReason.UNBOUND_NUCLEONS, it, null);
      }
      residual = maxDifference(x, y);
      double energyChange = Math.abs(scheme.energy - previousEnergy);
      previousEnergy = scheme.energy;
      long now = scheme.protons.signature * 1_000_003L + scheme.neutrons.signature;
      if (it > 1 && now != signature && ++configurationChanges > MAX_CONFIGURATION_CHANGES) {
        return new Outcome(false, NonConvergenceReason.LEVEL_ORDERING, it, null, crossing());
      }
      signature = now;
      if (residual < tol && energyChange < tol && scheme.allBound && confirmed(x, y, now)) {
        return new Outcome(true, null, it, mixer.memory());
      }
      if (watch.stop(it, residual)) {
        return new Outcome(false, null, it, mixer.memory());
      }
      if (residual < 0.9 * best) {
        best = residual;
        bestIteration = it;
      } else if (residual > 1e3 * best) {
        mixer.reset();
      }
      if (it - bestIteration > STAGNATION_WINDOW) {
        return new Outcome(false, NonConvergenceReason.OSCILLATION, it, null);
      }
      mixer.mix(x, y);
    }
    return new Outcome(false, NonConvergenceReason.ITERATION_CAP, maxIterations, null);
  }

  /** The species whose occupied levels changed most often, with its last change. */
  private String crossing() {
    NucleonLevels l = scheme.neutrons.configurationChanges >= scheme.protons.configurationChanges
        ? scheme.neutrons : scheme.protons;
    return (l.species == NucleonSpecies.PROTON ? "p: " : "n: ") + l.lastCrossing;
  }

  private static NucleonLevels.Search search(int iteration, double residual) {
    if (iteration == 1 || iteration % FULL_SEARCH_PERIOD == 0) {
      return NucleonLevels.Search.ALL_BOUND;
    }
    return residual < KEEP_LEVELS_BELOW ? NucleonLevels.Search.KEEP
        : NucleonLevels.Search.NEAR_FERMI;
  }

  /** Re-evaluates with a full level search: the same occupied levels and still converged. */
  private boolean confirmed(double[] x, double[] y, long signature) {
    NonConvergenceReason failure = scheme.evaluate(x, y, NucleonLevels.Search.ALL_BOUND, 0.0);
    long now = scheme.protons.signature * 1_000_003L + scheme.neutrons.signature;
    return failure == null && scheme.allBound && now == signature && maxDifference(x, y) < settings.tolerance();
  }

  private static double maxDifference(double[] x, double[] y) {
    double m = 0;
    for (int i = 0; i < x.length; i++) {
      m = Math.max(m, Math.abs(y[i] - x[i]));
    }
    return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
  }
}

package org.nucleiml.physics.nucleus;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;

/**
 * Self-consistent spherical RMF solver for finite nuclei. Thread-safe: every call builds its own
 * workspace, so one instance serves many threads.
 */
public final class RmfSolver {

  private final SolverSettings settings;

  /** A solver with these settings. */
  public RmfSolver(SolverSettings settings) {
    if (settings == null) {
      throw new InvalidParameterException("settings", "null", "solver settings");
    }
    this.settings = settings;
  }

  /** The settings. */
  public SolverSettings settings() {
    return settings;
  }

  /** Solves from the Fermi-density start. */
  public NucleusSolution solve(Nucleus nucleus, Couplings couplings, ModelConstants constants) {
    return solve(nucleus, couplings, constants, null);
  }

  /**
   * Solves, starting from the fields of {@code warmStart} when given (any nucleus or mesh; they are
   * interpolated), otherwise from Fermi densities.
   */
  public NucleusSolution solve(Nucleus nucleus, Couplings couplings, ModelConstants constants,
      NucleusSolution warmStart) {
    requireNonNull("nucleus", nucleus);
    requireNonNull("couplings", couplings);
    requireNonNull("constants", constants);
    MeanFieldScheme scheme = new MeanFieldScheme(nucleus, couplings, constants, settings);
    double[] x = new double[scheme.fieldLength()];
    BroydenMixer.Memory memory = null;
    if (warmStart != null && warmStart.fields() != null) {
      warmStart.fields().copyTo(scheme.grid, x);
      if (warmStart.nucleus().equals(nucleus)) {
        seedLevels(scheme, warmStart);
        memory = warmStart.fields().mixerMemory;
      }
    } else {
      scheme.coldStart(x);
    }
    SelfConsistentIteration.Outcome outcome =
        new SelfConsistentIteration(scheme, settings).run(x, memory);
    if (!outcome.converged()) {
      return NucleusSolution.failed(nucleus, outcome.reason(), outcome.iterations(),
          outcome.levelCrossing());
    }
    NucleusSolution solution = observables(scheme, outcome, x).physicalOrFailed();
    if (!solution.converged()) {
      return solution;
    }
    return new CompetingConfigurations(nucleus, couplings, constants, settings)
        .groundState(scheme, x, outcome.memory(), solution, this::observables);
  }

  private static void seedLevels(MeanFieldScheme scheme, NucleusSolution warmStart) {
    for (SingleParticleLevel level : warmStart.levels()) {
      NucleonLevels levels =
          level.species() == NucleonSpecies.PROTON ? scheme.protons : scheme.neutrons;
      levels.seed(level.level(), level.energyMeV());
    }
  }

  private NucleusSolution observables(MeanFieldScheme scheme,
      SelfConsistentIteration.Outcome outcome, double[] x) {
    Nucleus nucleus = scheme.nucleus;
    RadialGrid grid = scheme.grid;
    Densities d = scheme.densities;
    double rp = rmsRadius(grid, d.proton);
    double rn = rmsRadius(grid, d.neutron);
    double rm = rmsRadius(grid, d.vector);
    double rch = settings.chargeRadius().chargeRadiusFm(rp, nucleus.z(), nucleus.n());
    List<SingleParticleLevel> levels = new ArrayList<>(scheme.protons.levels());
    levels.addAll(scheme.neutrons.levels());
    String configuration = OccupiedConfiguration.describe(levels, scheme.protons.pairingGap,
        scheme.neutrons.pairingGap);
    DensityComponents components = settings.profiles();
    NuclearProfiles profiles = components == null ? null : new NuclearProfiles(components,
        RadialProfiles.of(scheme.neutrons, grid, components),
        RadialProfiles.of(scheme.protons, grid, components));
    return new NucleusSolution(nucleus, true, null, outcome.iterations(), -scheme.energy, rch, rp,
        rn, rm, rn - rp, levels, new MeanFields(grid.h, x, outcome.memory()), configuration, null,
        profiles);
  }

  private static double rmsRadius(RadialGrid grid, double[] density) {
    double[] r2rho = new double[density.length];
    for (int i = 0; i < density.length; i++) {
      r2rho[i] = grid.r[i] * grid.r[i] * density[i];
    }
    double norm = grid.volumeIntegral(density);
    return norm > 0 ? Math.sqrt(grid.volumeIntegral(r2rho) / norm) : Double.NaN;
  }

  private static void requireNonNull(String name, Object value) {
    if (value == null) {
      throw new InvalidParameterException(name, "null", "a value");
    }
  }
}

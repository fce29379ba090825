package org.nucleiml.physics.nucleus;

import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;

/**
 * The physics of one self-consistency step: from the input fields {@code [S | W | R | Vc]} to the
 * nucleon levels, densities, output fields and the total energy. Potentials felt by the nucleons:
 * scalar S, vector {@code V = W + tau_3 R/2 + (1 + tau_3)/2 Vc}. Not thread-safe: one per solve.
 */
final class MeanFieldScheme {

  final RadialGrid grid;
  final Nucleus nucleus;
  final MesonFields mesons;
  final NucleonLevels protons;
  final NucleonLevels neutrons;
  final Densities densities;
  private final EnergyFunctional energyFunctional;
  private final LocalDensityStart localDensity;
  private final double mass;
  private final double[] scalarPotential;
  private final double[] neutronPotential;
  private final double[] protonPotential;
  double energy = Double.NaN;
  /** Whether the last step found bound levels for every nucleon. */
  boolean allBound;

  MeanFieldScheme(Nucleus nucleus, Couplings couplings, ModelConstants constants,
      SolverSettings settings) {
    this.nucleus = nucleus;
    this.grid = new RadialGrid(settings.meshStepFm(), settings.boxRadiusFm(nucleus.a()));
    this.mass = constants.nucleonMass();
    mesons = new MesonFields(grid, couplings, constants);
    protons = new NucleonLevels(NucleonSpecies.PROTON, nucleus.z(), grid, settings.pairing(),
        nucleus.a());
    neutrons = new NucleonLevels(NucleonSpecies.NEUTRON, nucleus.n(), grid, settings.pairing(),
        nucleus.a());
    densities = new Densities(grid.n + 1);
    energyFunctional = new EnergyFunctional(grid, couplings,
        settings.centerOfMass().energyMeV(nucleus.a()));
    localDensity = new LocalDensityStart(couplings, constants);
    scalarPotential = new double[grid.n + 1];
    neutronPotential = new double[grid.n + 1];
    protonPotential = new double[grid.n + 1];
  }

  /** Length of the packed field vector. */
  int fieldLength() {
    return 4 * mesons.size;
  }

  /**
   * One step: levels and densities in the fields {@code x}, output fields into {@code y}, and
   * {@link #energy}.
   *
   * @param search which levels to look for
   * @param levelAccuracyMeV how exactly the level energies are needed (0: fully)
   * @return null on success, otherwise why the fields cannot be used
   */
  NonConvergenceReason evaluate(double[] x, double[] y, NucleonLevels.Search search,
      double levelAccuracyMeV) {
    if (!physical(x)) {
      return NonConvergenceReason.UNPHYSICAL_FIELDS;
    }
    int n = mesons.size;
    for (int i = 0; i < n; i++) {
      double w = x[n + i];
      double halfR = 0.5 * x[2 * n + i];
      scalarPotential[i] = x[i];
      neutronPotential[i] = w - halfR;
      protonPotential[i] = w + halfR + x[3 * n + i];
    }
    NucleonLevels.Status p = protons.update(scalarPotential, protonPotential, mass, search,
        levelAccuracyMeV);
    NucleonLevels.Status q = neutrons.update(scalarPotential, neutronPotential, mass, search,
        levelAccuracyMeV);
    if (p == NucleonLevels.Status.EMPTY || q == NucleonLevels.Status.EMPTY) {
      return NonConvergenceReason.UNBOUND_NUCLEONS;
    }
    allBound = p == NucleonLevels.Status.OK && q == NucleonLevels.Status.OK;
    densities.combine(protons, neutrons);
    mesons.solve(x, densities, y);
    energy = energyFunctional.energy(x, densities, protons, neutrons);
    return Double.isFinite(energy) ? null : NonConvergenceReason.UNPHYSICAL_FIELDS;
  }

  /**
   * Fields of Fermi-shaped densities: local-density (uniform matter) meson fields and the Coulomb
   * field of the proton density. Falls back to the finite-range fields of those densities with the
   * nonlinear terms iterated in when uniform matter has no sigma solution.
   */
  void coldStart(double[] x) {
    densities.fermi(grid, nucleus.z(), nucleus.n());
    java.util.Arrays.fill(x, 0.0);
    mesons.solve(x, densities, x);
    double[] coulomb = java.util.Arrays.copyOfRange(x, 3 * mesons.size, 4 * mesons.size);
    if (localDensity.fields(densities, x, mesons.size) && physical(x)) {
      System.arraycopy(coulomb, 0, x, 3 * mesons.size, mesons.size);
      return;
    }
    java.util.Arrays.fill(x, 0.0);
    mesons.solve(x, densities, x);
    double[] linear = x.clone();
    double[] next = new double[x.length];
    for (int k = 0; k < 30; k++) {
      mesons.solve(x, densities, next);
      for (int i = 0; i < x.length; i++) {
        x[i] = 0.5 * (x[i] + next[i]);
      }
      if (!physical(x)) {
        System.arraycopy(linear, 0, x, 0, x.length);
        return;
      }
    }
  }

  /** Finite fields with a positive Dirac mass {@code m - S} everywhere. */
  boolean physical(double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        return false;
      }
    }
    for (int i = 0; i < mesons.size; i++) {
      if (x[i] >= mass) {
        return false;
      }
    }
    return true;
  }
}

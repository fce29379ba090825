package org.nucleiml.physics.nucleus;

/**
 * The radial profiles of a converged solve (rho, tau, J and the scalar density per species), the
 * density input of the Yang et al. density-to-energy network (docs/chart.md). Computed only when
 * {@link SolverSettings#profiles()} asks for them.
 *
 * @param components which Dirac components they are built from
 * @param neutrons the neutron profiles
 * @param protons the proton profiles
 */
public record NuclearProfiles(DensityComponents components, SpeciesProfiles neutrons,
    SpeciesProfiles protons) {

  /** The profiles of one species. */
  public SpeciesProfiles of(NucleonSpecies species) {
    return species == NucleonSpecies.PROTON ? protons : neutrons;
  }
}

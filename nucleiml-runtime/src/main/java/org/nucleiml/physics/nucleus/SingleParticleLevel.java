package org.nucleiml.physics.nucleus;

/**
 * One occupied (or paired) single-particle level of a converged nucleus.
 *
 * @param species proton or neutron
 * @param level quantum numbers (kappa, n)
 * @param energyMeV single-particle energy without the rest mass, MeV
 * @param occupation occupation probability v^2 per substate, in [0, 1]
 */
public record SingleParticleLevel(NucleonSpecies species, DiracLevel level, double energyMeV,
    double occupation) {}

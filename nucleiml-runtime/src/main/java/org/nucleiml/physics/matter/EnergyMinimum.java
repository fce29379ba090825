package org.nucleiml.physics.matter;

/**
 * A local minimum of the energy per nucleon of symmetric matter (a zero of the pressure crossed from
 * below).
 *
 * @param densityFm3 density of the minimum, fm^-3
 * @param energyPerNucleonMeV E/A - m there, MeV
 */
public record EnergyMinimum(double densityFm3, double energyPerNucleonMeV) {}

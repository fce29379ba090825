package org.nucleiml.data;

/**
 * Measured values a result is compared with: AME2020 binding energy and Angeli-Marinova 2013 charge
 * radius; NaN where the compilation has no value.
 *
 * @param bindingEnergyMeV total binding energy, MeV, or NaN
 * @param chargeRadiusFm rms charge radius, fm, or NaN
 */
public record ExperimentalReference(double bindingEnergyMeV, double chargeRadiusFm) {}

package org.nucleiml.masses;

/**
 * A measured rms nuclear charge radius (Angeli and Marinova 2013).
 *
 * @param nuclide Z and N
 * @param element the element symbol
 * @param radiusFm rms charge radius, fm
 * @param uncertaintyFm its uncertainty, fm
 */
public record ChargeRadius(Nuclide nuclide, String element, double radiusFm, double uncertaintyFm) {}

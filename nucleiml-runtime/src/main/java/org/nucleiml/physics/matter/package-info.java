/**
 * Infinite nuclear matter of the nonlinear RMF model: the forward map couplings to nuclear-matter
 * parameters ({@link org.nucleiml.physics.matter.SaturationSolver}) and its inverse
 * ({@link org.nucleiml.physics.matter.CouplingInverter}), which either returns couplings or a typed
 * {@link org.nucleiml.physics.matter.NoCouplingsReason}.
 *
 * <p>Conventions and formulas follow docs/physics-nuclear-matter.md (Dutra et al. 2014 Lagrangian):
 * internally every quantity is in MeV (densities in MeV^3 via hbar c = 197.327 MeV fm), and infinite
 * matter depends on the couplings only through the seven reduced couplings of
 * {@link org.nucleiml.physics.matter.ReducedCouplings}.
 */
package org.nucleiml.physics.matter;

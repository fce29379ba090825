/**
 * Spherical relativistic mean-field solver for finite nuclei: Dirac levels of protons and neutrons
 * in sigma, omega, rho and Coulomb fields on a radial mesh, iterated to self-consistency with
 * Broyden mixing, with constant-gap BCS for open shells. Conventions: docs/physics-finite-nuclei.md.
 */
package org.nucleiml.physics.nucleus;

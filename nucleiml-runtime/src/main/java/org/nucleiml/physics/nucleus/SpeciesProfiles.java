package org.nucleiml.physics.nucleus;

/**
 * Radial profiles of one nucleon species at the mesh points {@code r_k = k h}, k = 1..n (the origin
 * is left out: J and tau's centrifugal terms are singular-looking there, and Yang et al. sample from
 * the first step). All densities in fm^-3 except tau (fm^-5) and J (fm^-4); the accessors return
 * copies.
 *
 * @param species protons or neutrons
 * @param radiiFm the mesh radii, fm
 * @param rho the density rho_q (vector density with {@link DensityComponents#BOTH})
 * @param tau the kinetic density tau_q
 * @param spinOrbit the spin-orbit density J_q
 * @param scalar the scalar density (always from both components, as the solver's)
 */
public record SpeciesProfiles(NucleonSpecies species, double[] radiiFm, double[] rho, double[] tau,
    double[] spinOrbit, double[] scalar) {

  /** Copies the arrays; all must have the length of the radii. */
  public SpeciesProfiles {
    radiiFm = radiiFm.clone();
    rho = sameLength(radiiFm, rho);
    tau = sameLength(radiiFm, tau);
    spinOrbit = sameLength(radiiFm, spinOrbit);
    scalar = sameLength(radiiFm, scalar);
  }

  private static double[] sameLength(double[] radii, double[] values) {
    if (values.length != radii.length) {
      throw new IllegalArgumentException(values.length + " values for " + radii.length + " radii");
    }
    return values.clone();
  }

  /** The mesh radii, fm. */
  @Override
  public double[] radiiFm() {
    return radiiFm.clone();
  }

  /** rho_q, fm^-3. */
  @Override
  public double[] rho() {
    return rho.clone();
  }

  /** tau_q, fm^-5. */
  @Override
  public double[] tau() {
    return tau.clone();
  }

  /** J_q, fm^-4. */
  @Override
  public double[] spinOrbit() {
    return spinOrbit.clone();
  }

  /** The scalar density, fm^-3. */
  @Override
  public double[] scalar() {
    return scalar.clone();
  }

  /** {@code 4 pi sum_k r_k^2 rho(r_k) h}: Z or N with both components (the solver's own quadrature). */
  public double particleNumber() {
    double h = radiiFm[0];
    double s = 0;
    for (int k = 0; k < radiiFm.length; k++) {
      s += rho[k] * radiiFm[k] * radiiFm[k];
    }
    return 4 * Math.PI * h * s;
  }
}

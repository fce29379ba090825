package org.nucleiml.physics.nucleus;

import java.util.Arrays;

/**
 * Builds the radial profiles rho, tau, J (and the scalar density) of one species from its occupied
 * Dirac levels (docs/chart.md, spec mass-model-studies 5.3). With R = g/r and R~ = f/r, l the
 * orbital momentum of the upper and l~ that of the lower component, w = v^2 d / (4 pi):
 * <pre>
 *   rho = sum w (R^2 + R~^2)
 *   tau = sum w [R'^2 + l(l+1) R^2/r^2 + R~'^2 + l~(l~+1) R~^2/r^2]
 *   J   = sum w (2/r) [-(kappa+1) R^2 + (kappa-1) R~^2]
 * </pre>
 * (j(j+1) - l(l+1) - 3/4 is -(kappa+1) for the upper and kappa-1 for the lower component); with
 * {@link DensityComponents#UPPER_ONLY} the R~ terms are dropped. Derivatives are 4th-order central
 * differences; R at r = 0 and r < 0 comes from its parity (-1)^l, and the last two mesh points use
 * one-sided 4th-order stencils.
 */
final class RadialProfiles {

  private final RadialGrid grid;
  private final DensityComponents components;
  /** Accumulated on mesh points 0..n; index 0 is never reported. */
  private final double[] rho;
  private final double[] tau;
  private final double[] spinOrbit;
  private final double[] scalar;
  private final double[] upper;
  private final double[] lower;
  private final double[] slope;

  RadialProfiles(RadialGrid grid, DensityComponents components) {
    this.grid = grid;
    this.components = components;
    rho = new double[grid.n + 1];
    tau = new double[grid.n + 1];
    spinOrbit = new double[grid.n + 1];
    scalar = new double[grid.n + 1];
    upper = new double[grid.n + 1];
    lower = new double[grid.n + 1];
    slope = new double[grid.n + 1];
  }

  /** The profiles of the occupied levels of a converged species. */
  static SpeciesProfiles of(NucleonLevels levels, RadialGrid grid, DensityComponents components) {
    RadialProfiles p = new RadialProfiles(grid, components);
    for (Orbital o : levels.occupiedOrbitals()) {
      p.add(o.level, o.g, o.f, o.occupation * o.degeneracy);
    }
    return p.profiles(levels.species);
  }

  /**
   * Adds one level with {@code nucleons} = v^2 d in it, its components {@code g = rG}, {@code f = rF}
   * on mesh points 0..n.
   */
  void add(DiracLevel level, double[] g, double[] f, double nucleons) {
    double w = nucleons / (4 * Math.PI);
    int kappa = level.kappa();
    int l = level.l();
    int lowerL = kappa > 0 ? kappa - 1 : -kappa;
    boolean both = components == DensityComponents.BOTH;
    divideByRadius(g, l, upper);
    divideByRadius(f, lowerL, lower);
    derivative(upper, l, slope);
    for (int i = 1; i <= grid.n; i++) {
      double r2 = upper[i] * upper[i];
      double invR = grid.invR[i];
      rho[i] += w * r2;
      tau[i] += w * (slope[i] * slope[i] + l * (l + 1) * r2 * invR * invR);
      spinOrbit[i] += w * 2 * invR * (-(kappa + 1)) * r2;
      scalar[i] += w * r2;
    }
    derivative(lower, lowerL, slope);
    for (int i = 1; i <= grid.n; i++) {
      double r2 = lower[i] * lower[i];
      double invR = grid.invR[i];
      scalar[i] -= w * r2;
      if (both) {
        rho[i] += w * r2;
        tau[i] += w * (slope[i] * slope[i] + lowerL * (lowerL + 1) * r2 * invR * invR);
        spinOrbit[i] += w * 2 * invR * (kappa - 1) * r2;
      }
    }
  }

  /** The accumulated profiles at mesh points 1..n. */
  SpeciesProfiles profiles(NucleonSpecies species) {
    int n = grid.n;
    return new SpeciesProfiles(species, Arrays.copyOfRange(grid.r, 1, n + 1),
        Arrays.copyOfRange(rho, 1, n + 1), Arrays.copyOfRange(tau, 1, n + 1),
        Arrays.copyOfRange(spinOrbit, 1, n + 1), Arrays.copyOfRange(scalar, 1, n + 1));
  }

  /** R = u/r at mesh points; R(0) is the even extrapolation for l = 0 and 0 otherwise (R ~ r^l). */
  private void divideByRadius(double[] u, int l, double[] out) {
    for (int i = 1; i <= grid.n; i++) {
      out[i] = u[i] * grid.invR[i];
    }
    out[0] = l == 0 ? RadialGrid.evenOrigin(out[1], out[2], out[3]) : 0.0;
  }

  /**
   * dR/dr by 4th-order central differences; R(-h) = (-1)^l R(h) supplies the point left of the origin,
   * the last two points use one-sided 4th-order stencils.
   */
  private void derivative(double[] v, int l, double[] out) {
    int n = grid.n;
    double c = 1.0 / (12 * grid.h);
    double minusOne = (l % 2 == 0 ? 1 : -1) * v[1];
    out[1] = c * (minusOne - 8 * v[0] + 8 * v[2] - v[3]);
    for (int i = 2; i <= n - 2; i++) {
      out[i] = c * (v[i - 2] - 8 * v[i - 1] + 8 * v[i + 1] - v[i + 2]);
    }
    out[n - 1] = c * (-v[n - 4] + 6 * v[n - 3] - 18 * v[n - 2] + 10 * v[n - 1] + 3 * v[n]);
    out[n] = c * (3 * v[n - 4] - 16 * v[n - 3] + 36 * v[n - 2] - 48 * v[n - 1] + 25 * v[n]);
  }
}

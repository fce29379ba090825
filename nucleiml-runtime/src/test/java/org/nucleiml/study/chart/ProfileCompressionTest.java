package org.nucleiml.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.chart.ProfileCompression.Channel;

/**
 * The compression of a stored profile against closed forms: a Fermi (Woods-Saxon) density, an even
 * kinetic-like profile and an odd spin-orbit-like one (J ∝ r at the centre) on the chart's grid
 * (h = 0.1 fm, 150 radii). The spline values equal k^p f(kr) computed directly, the particle number
 * ∫ρ^k r² dr is kept and the rms radius becomes R/k, to the stated tolerances (the spline's error on
 * these smooth profiles at h = 0.1 fm is below 1e-6 of their scale).
 */
class ProfileCompressionTest {

  private static final double H = 0.1;
  private static final int POINTS = 150;
  /** A 208Pb-like neutron density: ρ0 = 0.09 fm^-3, R = 6.8 fm, a = 0.45 fm (no weight beyond 14 fm to 1e-7). */
  private static final DoubleUnaryOperator FERMI = r -> 0.09 / (1 + Math.exp((r - 6.8) / 0.45));
  private static final DoubleUnaryOperator EVEN = r -> 0.1 * Math.exp(-r * r / 12) * (1 + 0.1 * r * r);
  private static final DoubleUnaryOperator ODD = r -> 0.02 * r * Math.exp(-r * r / 10);

  private static double[] grid(DoubleUnaryOperator f) {
    double[] v = new double[POINTS];
    for (int j = 0; j < POINTS; j++) {
      v[j] = f.applyAsDouble(H * (j + 1));
    }
    return v;
  }

  /** ∫ f r^power dr on the grid (trapezoid; the integrands vanish at r = 0 and at the box edge). */
  private static double moment(double[] f, int power) {
    double s = 0;
    for (int j = 0; j < f.length; j++) {
      s += f[j] * Math.pow(H * (j + 1), power);
    }
    return s * H;
  }

  @Test
  void testCompressed_equalsTheScaledFunctionAtEveryRadius() {
    for (double k : new double[] {0.95, 0.973, 1.0, 1.021, 1.05}) {
      double[][] pairs = {
          ProfileCompression.of(Channel.RHO, H, grid(FERMI)).compressed(k),
          ProfileCompression.of(Channel.TAU, H, grid(EVEN)).compressed(k),
          ProfileCompression.of(Channel.SPIN_ORBIT, H, grid(ODD)).compressed(k)};
      DoubleUnaryOperator[] f = {FERMI, EVEN, ODD};
      int[] power = {3, 5, 4};
      double[] scale = {0.09, 0.1, 0.02};
      for (int c = 0; c < 3; c++) {
        for (int j = 0; j < POINTS; j++) {
          double r = H * (j + 1);
          double expected = k * r > H * POINTS ? 0.0 : Math.pow(k, power[c]) * f[c].applyAsDouble(k * r);
          assertEquals(expected, pairs[c][j], 1e-6 * scale[c], "channel " + c + ", k = " + k + ", r = " + r);
        }
      }
    }
  }

  @Test
  void testCompressed_keepsTheParticleNumberAndDividesTheRadiusByK() {
    double[] rho = grid(FERMI);
    double number = moment(rho, 2);
    double radius = Math.sqrt(moment(rho, 4) / number);
    ProfileCompression c = ProfileCompression.of(Channel.RHO, H, rho);
    for (double k : new double[] {0.95, 0.98, 1.02, 1.05}) {
      double[] rk = c.compressed(k);
      assertEquals(number, moment(rk, 2), 1e-6 * number, "k = " + k);
      assertEquals(radius / k, Math.sqrt(moment(rk, 4) / moment(rk, 2)), 1e-6 * radius, "k = " + k);
    }
    // τ^k = k^5 τ(kr): ∫τ^k r² dr = k² ∫τ r² dr
    double[] tau = grid(EVEN);
    double t = moment(tau, 2);
    assertEquals(1.05 * 1.05 * t, moment(ProfileCompression.of(Channel.TAU, H, tau).compressed(1.05), 2), 1e-6 * t);
  }

  @Test
  void testCompressed_atOneGivesTheStoredProfileBack() {
    double[] rho = grid(FERMI);
    double[] same = ProfileCompression.of(Channel.RHO, H, rho).compressed(1.0);
    for (int j = 0; j < POINTS; j++) {
      assertEquals(rho[j], same[j], 1e-15, "r = " + H * (j + 1));
    }
  }

  @Test
  void testBadInput_isNamed() {
    ProfileCompression c = ProfileCompression.of(Channel.RHO, H, grid(FERMI));
    assertThrows(InvalidParameterException.class, () -> c.compressed(0.0));
    assertThrows(InvalidParameterException.class, () -> ProfileCompression.of(Channel.RHO, H, new double[] {1, 2}));
    assertThrows(InvalidParameterException.class, () -> ProfileCompression.of(Channel.RHO, -0.1, grid(FERMI)));
  }
}

package org.nucleiml.physics.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Tests for {@link FermiGas}: closed forms against numerical quadrature of their definitions. */
class FermiGasTest {

  private static final double PI2 = Math.PI * Math.PI;

  @Test
  void testIntegrals_matchQuadratureOfDefinitions() {
    double m = 560;
    for (double kF : new double[] {50, 263, 400}) {
      double scalar = quad(k -> k * k * m / Math.sqrt(k * k + m * m), kF) / PI2;
      double energy = quad(k -> k * k * Math.sqrt(k * k + m * m), kF) / PI2;
      double pressure = quad(k -> k * k * k * k / Math.sqrt(k * k + m * m), kF) / (3 * PI2);
      double curvature = quad(k -> Math.pow(k, 4) / Math.pow(k * k + m * m, 2.5), kF) / PI2;
      assertEquals(1, FermiGas.scalarDensity(kF, m) / scalar, 1e-12, "rho_s kF=" + kF);
      assertEquals(1, FermiGas.energyDensity(kF, m) / energy, 1e-12, "eps kF=" + kF);
      assertEquals(1, FermiGas.pressure(kF, m) / pressure, 1e-9, "P kF=" + kF);
      assertEquals(1, FermiGas.curvatureIntegral(kF, m) / curvature, 1e-8, "I kF=" + kF);
    }
  }

  @Test
  void testScalarSusceptibility_isDerivativeOfScalarDensity() {
    double kF = 263;
    for (double m : new double[] {470, 560, 750}) {
      double h = 1e-2;
      double numeric = (FermiGas.scalarDensity(kF, m + h) - FermiGas.scalarDensity(kF, m - h)) / (2 * h);
      assertEquals(1, FermiGas.scalarSusceptibility(kF, m) / numeric, 1e-8, "chi M=" + m);
      double dChi = (FermiGas.scalarSusceptibility(kF, m + h)
          - FermiGas.scalarSusceptibility(kF, m - h)) / (2 * h);
      assertEquals(1, -3 * m * FermiGas.curvatureIntegral(kF, m) / dChi, 1e-7, "I M=" + m);
    }
  }

  @Test
  void testSymmetricFermiMomentum_ofNormalDensity() {
    // rho = 0.16 fm^-3 -> kF = (3 pi^2 0.08)^(1/3) = 1.3330 fm^-1
    double rho = 0.16 * Math.pow(197.327, 3);
    assertEquals(1.33302 * 197.327, FermiGas.symmetricFermiMomentum(rho), 1e-3);
  }

  /** Composite Simpson rule on [0, b] with 2000 intervals (smooth integrands: error ~1e-14). */
  private static double quad(DoubleUnaryOperator f, double b) {
    int n = 2000;
    double h = b / n;
    double sum = f.applyAsDouble(0) + f.applyAsDouble(b);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(i * h);
    }
    return sum * h / 3;
  }
}

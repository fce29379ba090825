package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Tests for {@link Erf}: published values and an independent 60-digit series. */
class ErfTest {

  private static final MathContext MC = new MathContext(80, RoundingMode.HALF_EVEN);
  /** 2 / sqrt(pi) to 50 digits (OEIS A190732). */
  private static final BigDecimal TWO_OVER_SQRT_PI =
      new BigDecimal("1.1283791670955125738961589031215451716881012586580");

  @Test
  void testErf_publishedValues() {
    // Abramowitz and Stegun Table 7.1 / DLMF 7.2, values to 16+ digits (also Wolfram functions site).
    assertRelative(0.52049987781304653768, Erf.erf(0.5), 2e-16);
    assertRelative(0.84270079294971486934, Erf.erf(1.0), 2e-16);
    assertRelative(0.99532226501895273416, Erf.erf(2.0), 2e-16);
    assertRelative(0.99997790950300141456, Erf.erf(3.0), 2e-16);
    assertRelative(1.5374597944280348502e-12, Erf.erfc(5.0), 1e-15);
    assertRelative(2.0884875837625447570e-45, Erf.erfc(10.0), 1e-14);
    assertEquals(-Erf.erf(0.7), Erf.erf(-0.7), 0.0);
    assertEquals(0.0, Erf.erf(0.0), 0.0);
    assertEquals(1.0, Erf.erf(30.0), 0.0);
    assertEquals(0.0, Erf.erfc(30.0), 0.0);
    assertEquals(2.0, Erf.erfc(-30.0), 0.0);
    assertTrue(Double.isNaN(Erf.erf(Double.NaN)));
  }

  @Test
  void testErf_matchesTaylorSeriesIn80DigitArithmetic() {
    double worst = 0;
    // Covers all three of Cody's ranges: |x| <= 0.46875, up to 4, beyond 4.
    for (int i = -600; i <= 600; i++) {
      double x = i / 100.0 + 0.0037;
      BigDecimal exact = series(x);
      double e = Erf.erf(x);
      worst = Math.max(worst, Math.abs(e - exact.doubleValue()) / Math.abs(exact.doubleValue()));
    }
    assertTrue(worst < 1e-15, "worst relative error of erf " + worst);
  }

  @Test
  void testErfc_matchesOneMinusSeriesWhereNotTiny() {
    double worst = 0;
    for (int i = 0; i <= 500; i++) {
      double x = i / 100.0 + 0.0013;
      double exact = BigDecimal.ONE.subtract(series(x), MC).doubleValue();
      worst = Math.max(worst, Math.abs(Erf.erfc(x) - exact) / exact);
    }
    // erfc(x) down to 1e-12: Cody's erfc is good to a few ulps there.
    assertTrue(worst < 5e-15, "worst relative error of erfc " + worst);
  }

  /** erf(x) = 2/sqrt(pi) sum_n (-1)^n x^(2n+1) / (n! (2n+1)), summed with 80 significant digits. */
  private static BigDecimal series(double x) {
    BigDecimal bx = new BigDecimal(x);
    BigDecimal x2 = bx.multiply(bx, MC);
    BigDecimal power = bx;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal tolerance = new BigDecimal("1e-60");
    for (int n = 0; n < 2000; n++) {
      BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), MC);
      sum = n % 2 == 0 ? sum.add(term, MC) : sum.subtract(term, MC);
      if (term.abs().compareTo(tolerance) < 0) {
        break;
      }
      power = power.multiply(x2, MC).divide(BigDecimal.valueOf(n + 1L), MC);
    }
    return sum.multiply(TWO_OVER_SQRT_PI, MC);
  }

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
        "expected " + expected + " got " + actual + " (relative " + (actual - expected) / expected + ")");
  }
}

package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests for {@link Format}. */
class FormatTest {

  @Test
  void testSig_roundsWithoutTrailingZeros() {
    assertEquals("0.9981", Format.sig(0.998149, 4));
    assertEquals("1636", Format.sig(1636.4, 4));
    assertEquals("0.5", Format.sig(0.5, 6));
    assertEquals("1.23e-5", Format.sig(1.2345e-5, 3));
    assertEquals("-2.5e8", Format.sig(-2.5e8, 3));
    assertEquals("undefined", Format.sig(Double.NaN, 4));
  }

  @Test
  void testNearOne_showsDistanceFromOne() {
    assertEquals("0.999981", Format.nearOne(0.9999812));
    assertEquals("0.99998", Format.nearOne(0.99998));
    assertEquals("0.998", Format.nearOne(0.998));
    assertEquals("0.9834", Format.nearOne(0.98341));
    assertEquals("-0.28", Format.nearOne(-0.28));
  }

  @Test
  void testPercent_fractionToPercent() {
    assertEquals("95.21%", Format.percent(0.9521, 2));
  }
}

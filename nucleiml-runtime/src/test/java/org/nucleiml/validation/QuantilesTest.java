package org.nucleiml.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link Quantiles}. */
class QuantilesTest {

  // 1..10 shuffled; type-7 values agree with numpy.quantile.
  private static final double[] X = {7, 2, 9, 1, 10, 4, 3, 8, 6, 5};

  @Test
  void testOf_knownSampleByHand() {
    assertEquals(5.5, Quantiles.of(X, 0.5), 1e-12);
    assertEquals(3.25, Quantiles.of(X, 0.25), 1e-12);
    assertEquals(9.55, Quantiles.of(X, 0.95), 1e-12);
    assertEquals(1.225, Quantiles.of(X, 0.025), 1e-12);
  }

  @Test
  void testOf_endsAreMinimumAndMaximum() {
    assertEquals(1, Quantiles.of(X, 0), 0);
    assertEquals(10, Quantiles.of(X, 1), 0);
  }

  @Test
  void testOf_probabilityOutsideUnitIntervalRejected() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Quantiles.of(X, 1.5));
    assertEquals("quantile probability", e.parameter());
  }
}

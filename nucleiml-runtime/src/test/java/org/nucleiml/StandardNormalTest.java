package org.nucleiml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link StandardNormal}: the moments of a standard normal, and the same draws for the same stream. */
class StandardNormalTest {

  @Test
  void testDraw_hasStandardNormalMomentsAndTailShare() {
    SplittableRandom random = new SplittableRandom(17);
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    int beyondTwo = 0;
    for (int i = 0; i < n; i++) {
      double x = StandardNormal.draw(random);
      sum += x;
      sumSq += x * x;
      if (Math.abs(x) > 2) {
        beyondTwo++;
      }
    }
    double mean = sum / n;
    // Five standard errors: sd/sqrt(n) for the mean, sqrt(2/n) for the variance.
    assertEquals(0.0, mean, 5 / Math.sqrt(n));
    assertEquals(1.0, sumSq / n - mean * mean, 5 * Math.sqrt(2.0 / n));
    double p = 0.0455003; // P(|X| > 2)
    assertEquals(p, (double) beyondTwo / n, 5 * Math.sqrt(p * (1 - p) / n));
  }

  @Test
  void testDraw_isAFunctionOfTheStream() {
    SplittableRandom a = new SplittableRandom(3);
    SplittableRandom b = new SplittableRandom(3);
    for (int i = 0; i < 100; i++) {
      assertEquals(StandardNormal.draw(a), StandardNormal.draw(b), 0.0);
    }
  }
}

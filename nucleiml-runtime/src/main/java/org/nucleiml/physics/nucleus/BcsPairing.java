package org.nucleiml.physics.nucleus;

import java.util.List;

/**
 * Constant-gap BCS occupations {@code v^2 = (1 - (e - lambda)/sqrt((e - lambda)^2 + Delta^2))/2}
 * for the levels of a pairing window, with the chemical potential lambda fixed by the particle
 * number (bisection: the number is monotonic in lambda, so this cannot fail to converge).
 */
final class BcsPairing {

  private BcsPairing() {}

  /**
   * Sets the occupations of {@code window} so they hold {@code particles} nucleons.
   *
   * @return the pairing energy {@code -Delta sum (2j+1)/2 u v}, MeV
   */
  static double occupy(List<Orbital> window, double particles, double gap) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Orbital o : window) {
      lo = Math.min(lo, o.energy);
      hi = Math.max(hi, o.energy);
    }
    double span = hi - lo + gap;
    lo -= span;
    hi += span;
    while (number(window, lo, gap) > particles) {
      lo -= span;
    }
    while (number(window, hi, gap) < particles) {
      hi += span;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-13 * (1 + Math.abs(hi)); i++) {
      double mid = 0.5 * (lo + hi);
      if (number(window, mid, gap) < particles) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double lambda = 0.5 * (lo + hi);
    double energy = 0;
    for (Orbital o : window) {
      double quasi = StrictMath.hypot(o.energy - lambda, gap);
      o.occupation = 0.5 * (1 - (o.energy - lambda) / quasi);
      energy -= gap * 0.5 * o.degeneracy * 0.5 * gap / quasi;
    }
    return energy;
  }

  private static double number(List<Orbital> window, double lambda, double gap) {
    double sum = 0;
    for (Orbital o : window) {
      double x = o.energy - lambda;
      sum += o.degeneracy * 0.5 * (1 - x / StrictMath.hypot(x, gap));
    }
    return sum;
  }
}

package org.nucleiml.physics.nucleus;

import java.util.List;

/**
 * BCS occupations {@code v^2 = (1 - (e - lambda)/sqrt((e - lambda)^2 + Delta^2))/2} for the levels
 * of a pairing window, with the chemical potential lambda fixed by the particle number (bisection:
 * the number is monotonic in lambda, so this cannot fail to converge). The gap is either given
 * (constant gap) or follows from a constant pairing matrix element G (seniority force) through the
 * gap equation {@code 1 = G sum (2j+1)/4 / sqrt((e - lambda)^2 + Delta^2)} (Ring and Schuck, The
 * Nuclear Many-Body Problem, 1980, chapter 6).
 */
final class BcsPairing {

  private BcsPairing() {}

  /**
   * Sets the occupations of {@code window} so they hold {@code particles} nucleons.
   *
   * @return the pairing energy {@code -Delta sum (2j+1)/2 u v}, MeV
   */
  static double occupy(List<Orbital> window, double particles, double gap) {
    double lambda = chemicalPotential(window, particles, gap);
    double energy = 0;
    for (Orbital o : window) {
      double quasi = StrictMath.hypot(o.energy - lambda, gap);
      o.occupation = 0.5 * (1 - (o.energy - lambda) / quasi);
      energy -= gap * 0.5 * o.degeneracy * 0.5 * gap / quasi;
    }
    return energy;
  }

  /**
   * Sets the occupations of {@code window} for a constant pairing matrix element: the gap solves
   * the gap equation together with the particle number. Where the equation has no positive root
   * (a shell gap too large for G) the gap is 0 and the lowest levels are filled.
   *
   * @param strength the matrix element G, MeV, > 0
   * @return the gap Delta, MeV (0 when pairing collapses); the pairing energy is {@code -Delta^2/G}
   */
  static double occupyWithStrength(List<Orbital> window, double particles, double strength) {
    double pairs = 0;
    for (Orbital o : window) {
      pairs += 0.5 * o.degeneracy;
    }
    // G sum Omega/(2 E) <= G sum Omega/(2 Delta), so the root lies below G sum Omega / 2.
    double hi = 0.5 * strength * pairs * (1 + 1e-12);
    double lo = 1e-7 * hi;
    if (gapEquation(window, particles, lo, strength) <= 0) {
      fillLowest(window, particles);
      return 0;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
      double mid = 0.5 * (lo + hi);
      if (gapEquation(window, particles, mid, strength) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double gap = 0.5 * (lo + hi);
    occupy(window, particles, gap);
    return gap;
  }

  /** {@code G sum Omega / (2 E) - 1} at the chemical potential that holds the particle number. */
  private static double gapEquation(List<Orbital> window, double particles, double gap,
      double strength) {
    double lambda = chemicalPotential(window, particles, gap);
    double sum = 0;
    for (Orbital o : window) {
      sum += 0.25 * o.degeneracy / StrictMath.hypot(o.energy - lambda, gap);
    }
    return strength * sum - 1;
  }

  /** The unpaired limit: the lowest levels full, a partly filled one uniformly occupied. */
  private static void fillLowest(List<Orbital> window, double particles) {
    double remaining = particles;
    for (Orbital o : window) {
      double placed = Math.min(remaining, o.degeneracy);
      o.occupation = placed / o.degeneracy;
      remaining -= placed;
    }
  }

  /** The lambda at which the window holds {@code particles} nucleons for this gap. */
  private static double chemicalPotential(List<Orbital> window, double particles, double gap) {
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
    return 0.5 * (lo + hi);
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

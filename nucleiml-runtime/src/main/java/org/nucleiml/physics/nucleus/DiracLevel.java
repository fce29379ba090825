package org.nucleiml.physics.nucleus;

import org.nucleiml.InvalidParameterException;

/**
 * Quantum numbers of a spherical Dirac level: {@code kappa} (j = |kappa| - 1/2, l = kappa for kappa
 * > 0 and -kappa - 1 for kappa < 0) and {@code n}, the level's rank among those of the same kappa
 * (n = 1 lowest; its upper component has n - 1 nodes).
 *
 * @param kappa the Dirac quantum number, nonzero
 * @param n the radial rank, >= 1
 */
public record DiracLevel(int kappa, int n) {

  private static final String L_LETTERS = "spdfghijklmnoqrtuv";

  /** Validates kappa != 0 and n >= 1. */
  public DiracLevel {
    if (kappa == 0) {
      throw new InvalidParameterException("kappa", kappa, "a nonzero integer");
    }
    if (n < 1) {
      throw new InvalidParameterException("n", n, "an integer >= 1");
    }
  }

  /** Orbital angular momentum l of the upper component. */
  public int l() {
    return kappa > 0 ? kappa : -kappa - 1;
  }

  /** Twice the total angular momentum, 2j. */
  public int twoJ() {
    return 2 * Math.abs(kappa) - 1;
  }

  /** Number of magnetic substates 2j + 1. */
  public int degeneracy() {
    return 2 * Math.abs(kappa);
  }

  /** Spectroscopic label such as "1p3/2" (n counts levels of this kappa). */
  public String label() {
    int l = l();
    char letter = l < L_LETTERS.length() ? L_LETTERS.charAt(l) : '?';
    return n + String.valueOf(letter) + twoJ() + "/2";
  }

  @Override
  public String toString() {
    return label();
  }
}

package org.nucleiml.physics.nucleus;

import java.util.Locale;
import org.nucleiml.InvalidParameterException;

/**
 * How a species whose levels near the Fermi surface are not a closed (sub)shell is occupied. The
 * choice decides the answer where two levels nearly cross, so comparisons with published tables
 * must use the prescription of the table (the Hartree tables of rmf-reference-nuclei.csv use none).
 */
public enum PairingPrescription {
  /**
   * Constant-gap BCS, {@code Delta = c/sqrt(A)}, switched on only when the last occupied level of
   * the sharp filling is partly filled (the study's default).
   */
  CONSTANT_GAP("constant-gap"),
  /**
   * No pairing: the lowest levels are filled and a partly filled last level is occupied uniformly
   * (the filling approximation); no pairing energy.
   */
  NONE("none"),
  /**
   * BCS with a constant pairing matrix element (seniority force) {@code G = g0/A} for every species:
   * the gap follows from the gap equation, so it vanishes where the shell gap is too large.
   */
  CONSTANT_G("constant-g");

  private final String key;

  PairingPrescription(String key) {
    this.key = key;
  }

  /** The name used on the command line, in POMs and in outputs. */
  public String key() {
    return key;
  }

  /**
   * The prescription named {@code value} ({@code constant-gap}, {@code none}, {@code constant-g}).
   *
   * @param parameter the parameter name for the error message
   * @throws InvalidParameterException for any other value
   */
  public static PairingPrescription parse(String parameter, String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (PairingPrescription p : values()) {
      if (p.key.equals(v)) {
        return p;
      }
    }
    throw new InvalidParameterException(parameter, value, "constant-gap, none or constant-g");
  }

  @Override
  public String toString() {
    return key;
  }
}

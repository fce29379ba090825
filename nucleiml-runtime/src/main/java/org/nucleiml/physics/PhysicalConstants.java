package org.nucleiml.physics;

/** Physical constants shared by nuclear matter and finite nuclei, in MeV and fm. */
public final class PhysicalConstants {

  /**
   * hbar c in MeV fm: the only unit conversion of the model. The reference data
   * (rmf-reference-sets.csv, nucleiHF) use this same value, so changing it breaks their round trips.
   */
  public static final double HBAR_C = 197.327;

  /** Fine-structure constant (CODATA), for the Coulomb field of finite nuclei. */
  public static final double ALPHA = 1.0 / 137.035999084;

  private PhysicalConstants() {}
}

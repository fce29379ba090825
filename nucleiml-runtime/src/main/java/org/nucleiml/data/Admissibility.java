package org.nucleiml.data;

import org.nucleiml.InvalidParameterException;

/**
 * The four classes of a (sample, nucleus) row (study.md section 2): admissible, or non-admissible
 * because no couplings exist for the NMPs, the solver did not converge, or the converged BE or Rch lie
 * outside the threshold around experiment.
 */
public enum Admissibility {
  ADMISSIBLE("admissible"),
  NO_COUPLINGS("no-couplings"),
  NON_CONVERGENT("non-convergent"),
  OUTSIDE_THRESHOLD("outside-threshold");

  /** The two-class labels of the {@code label} column. */
  public static final String ADMISSIBLE_LABEL = "admissible";
  public static final String NON_ADMISSIBLE_LABEL = "non-admissible";

  private final String id;

  Admissibility(String id) {
    this.id = id;
  }

  /** The {@code label4} value. */
  public String id() {
    return id;
  }

  /** The {@code label} value: admissible or non-admissible. */
  public String binaryLabel() {
    return this == ADMISSIBLE ? ADMISSIBLE_LABEL : NON_ADMISSIBLE_LABEL;
  }

  /** Parses a {@code label4} value. */
  public static Admissibility parse(String id) {
    for (Admissibility a : values()) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    throw new InvalidParameterException("label4", id,
        "one of admissible, no-couplings, non-convergent, outside-threshold");
  }
}

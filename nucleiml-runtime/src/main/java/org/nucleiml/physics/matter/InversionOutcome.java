package org.nucleiml.physics.matter;

import org.nucleiml.physics.Couplings;

/**
 * Result of the inverse map: either couplings with their soft diagnostics, or the reason none
 * exist with a message quoting the numbers.
 *
 * @param couplings the couplings, null when none exist (the accessor then throws)
 * @param reason why no couplings exist, null when they do
 * @param message the reason in words with the relevant numbers, null when couplings exist
 * @param diagnostics soft diagnostics of the couplings, null when none exist
 */
public record InversionOutcome(Couplings couplings, NoCouplingsReason reason, String message,
    SoftDiagnostics diagnostics) {

  /** Requires exactly one of (couplings with diagnostics) and (reason with message). */
  public InversionOutcome {
    boolean found = couplings != null && diagnostics != null && reason == null && message == null;
    boolean none = couplings == null && diagnostics == null && reason != null && message != null;
    if (!found && !none) {
      throw new IllegalArgumentException(
          "an inversion outcome has either couplings and diagnostics or a reason and a message");
    }
  }

  /** Couplings were found. */
  public static InversionOutcome found(Couplings couplings, SoftDiagnostics diagnostics) {
    return new InversionOutcome(couplings, null, null, diagnostics);
  }

  /** No couplings exist, for {@code reason}. */
  public static InversionOutcome none(NoCouplingsReason reason, String message) {
    return new InversionOutcome(null, reason, message, null);
  }

  /** True when couplings exist. */
  public boolean hasCouplings() {
    return couplings != null;
  }

  /**
   * The couplings.
   *
   * @throws IllegalStateException when none exist (the message gives the reason)
   */
  @Override
  public Couplings couplings() {
    if (couplings == null) {
      throw new IllegalStateException("no couplings: " + reason + ": " + message);
    }
    return couplings;
  }
}

package org.nucleiml.physics.matter;

/**
 * Symmetric matter of the given couplings has no saturation point (no minimum of E/A) in the
 * scanned densities, or unphysical NMPs there.
 */
public class NoSaturationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what was scanned and what was missing */
  public NoSaturationException(String message) {
    super(message);
  }
}

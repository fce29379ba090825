package org.nucleiml.emulator;

/**
 * How regression targets are scaled for the network; MAPE is always evaluated on the unscaled values.
 */
public enum TargetScaling {
  /** The network predicts physical values directly (the paper's choice). */
  NONE,
  /** Standardised with the mean and deviation over all training rows. */
  GLOBAL,
  /**
   * Standardised per trained nucleus, so a few percent of NMP dependence fills the output range;
   * unseen nuclei use a liquid-drop-shaped fit through the trained nuclei's means and deviations.
   */
  PER_NUCLEUS;

  /** Parses "per-nucleus", "PER_NUCLEUS", "global" or "none". */
  public static TargetScaling parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new org.nucleiml.InvalidParameterException("target_scaling", text, "none, global or per-nucleus");
    }
  }
}

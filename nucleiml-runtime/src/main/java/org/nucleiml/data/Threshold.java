package org.nucleiml.data;

import java.util.Locale;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * How far a converged RMF result may lie from experiment and still be admissible.
 *
 * <p>{@code RELATIVE}: |X - X_exp| <= value * X_exp for both BE and Rch (the study's 20%).
 * {@code ABSOLUTE}: |BE - BE_exp| <= value MeV (the paper's 10 MeV variant, Table B2), while Rch keeps
 * the relative criterion {@code radiusRelative}. A nucleus without a measured radius is judged on BE
 * alone; one without a mass on Rch alone (see docs/data.md).
 *
 * @param mode relative or absolute
 * @param value the fraction (relative) or MeV (absolute), > 0
 * @param radiusRelative the relative criterion for Rch in absolute mode, > 0
 */
public record Threshold(Mode mode, double value, double radiusRelative) {

  /** The study's default: 20% relative on BE and Rch. */
  public static final Threshold STUDY = relative(0.20);

  /** Relative or absolute. */
  public enum Mode { RELATIVE, ABSOLUTE }

  /** Validates positive values. */
  public Threshold {
    if (mode == null) {
      throw new InvalidParameterException("threshold mode", null, "relative or absolute");
    }
    // A relative threshold of 1 or more admits every converged row (|X - X_exp| <= X_exp holds for
    // any X in [0, 2 X_exp]): the labels would carry no information.
    if (mode == Mode.RELATIVE) {
      Checks.openRange("threshold (relative)", value, 0, 1);
    } else {
      Checks.positive("threshold (MeV)", value);
    }
    Checks.openRange("radiusRelativeThreshold", radiusRelative, 0, 1);
  }

  /** A relative threshold on BE and Rch. */
  public static Threshold relative(double fraction) {
    return new Threshold(Mode.RELATIVE, fraction, fraction);
  }

  /** An absolute BE threshold in MeV, with Rch judged relative to {@code radiusRelative}. */
  public static Threshold absolute(double mev, double radiusRelative) {
    return new Threshold(Mode.ABSOLUTE, mev, radiusRelative);
  }

  /** True when BE lies within the threshold of experiment (always true without a measured mass). */
  public boolean bindingEnergyWithin(double be, double experiment) {
    if (Double.isNaN(experiment)) {
      return true;
    }
    double allowed = mode == Mode.RELATIVE ? value * experiment : value;
    return Math.abs(be - experiment) <= allowed;
  }

  /** True when Rch lies within the threshold of experiment (always true without a measured radius). */
  public boolean chargeRadiusWithin(double rch, double experiment) {
    if (Double.isNaN(experiment)) {
      return true;
    }
    double fraction = mode == Mode.RELATIVE ? value : radiusRelative;
    return Math.abs(rch - experiment) <= fraction * experiment;
  }

  @Override
  public String toString() {
    return mode == Mode.RELATIVE
        ? String.format(Locale.ROOT, "relative %s", value)
        : String.format(Locale.ROOT, "absolute %s MeV (Rch relative %s)", value, radiusRelative);
  }
}

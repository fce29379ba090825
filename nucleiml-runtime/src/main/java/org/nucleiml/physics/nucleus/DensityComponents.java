package org.nucleiml.physics.nucleus;

import java.util.Locale;
import org.nucleiml.InvalidParameterException;

/**
 * Which Dirac components the radial profiles of {@link NuclearProfiles} are built from (issue #15,
 * docs/chart.md): both (the relativistic densities) or only the upper one, with the non-relativistic
 * formulas of Yang et al. Eqs. (3)-(5) applied to it.
 */
public enum DensityComponents {
  /** Upper and lower components: rho is the RMF vector density, integrating to Z or N. */
  BOTH,
  /**
   * The upper component only, not renormalised: rho integrates to Z or N minus the lower
   * components' share (about 1%), and an s1/2 level adds nothing to J.
   */
  UPPER_ONLY;

  /** The name in configurations: {@code BOTH} or {@code UPPER_ONLY}. */
  public String id() {
    return name();
  }

  /** Parses {@code BOTH} or {@code UPPER_ONLY} (any case, '-' for '_'). */
  public static DensityComponents parse(String parameter, String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (DensityComponents c : values()) {
      if (c.name().equals(t)) {
        return c;
      }
    }
    throw new InvalidParameterException(parameter, text, "BOTH or UPPER_ONLY");
  }
}

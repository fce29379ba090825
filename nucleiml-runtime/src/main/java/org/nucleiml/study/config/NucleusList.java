package org.nucleiml.study.config;

import java.util.List;
import org.nucleiml.physics.Nucleus;

/** A written list of nuclei ({@code 16O,40Ca 208Pb}) that may be left blank (then no nuclei). */
final class NucleusList {

  private NucleusList() {}

  /**
   * The nuclei of {@code text}, or none for a blank text; otherwise exactly {@link Nucleus#parseList},
   * whose errors name the parameter, the entry and its position.
   */
  static List<Nucleus> parse(String parameter, String text) {
    return text == null || text.isBlank() ? List.of() : Nucleus.parseList(parameter, text);
  }
}

package org.nucleiml.study.config;

import java.util.Arrays;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;

/** Parses a written list of nuclei ({@code 16O,40Ca 208Pb}) with errors naming the parameter. */
final class NucleusList {

  private NucleusList() {}

  /** The nuclei of {@code text} (commas or spaces between), possibly empty for a blank text. */
  static List<Nucleus> parse(String parameter, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).map(s -> nucleus(parameter, s)).toList();
  }

  private static Nucleus nucleus(String parameter, String text) {
    try {
      return Nucleus.parse(text);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(parameter, "'" + text + "'",
          e.allowed() + " in a list such as 16O,40Ca,208Pb");
    }
  }
}

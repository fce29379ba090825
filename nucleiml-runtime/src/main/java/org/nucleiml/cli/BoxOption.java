package org.nucleiml.cli;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;

/** The written form of {@code --box NAME=MIN:MAX,...}: the study's box with the given ranges replaced. */
final class BoxOption {

  private BoxOption() {}

  static ParameterBox parse(List<String> entries) {
    ParameterBox b = ParameterBox.STUDY;
    for (String entry : entries) {
      String[] parts = entry.split("[=:]");
      if (parts.length != 3) {
        throw new InvalidParameterException("--box", entry, "NAME=MIN:MAX, e.g. K0=200:250");
      }
      try {
        b = b.with(parts[0].trim(), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("--box", entry, "numbers in NAME=MIN:MAX");
      }
    }
    return b;
  }
}

package org.nucleiml.masses;

import java.util.Locale;
import org.nucleiml.InvalidParameterException;

/** The table formats a data set can read, each with the file the runtime bundles. */
public enum TableFormat {
  /** AME2016 fixed width ({@code mass16.txt}). */
  AME2016("ame2016", "mass16.txt"),
  /** AME2020 fixed width ({@code mass_1.mas20.txt}). */
  AME2020("ame2020", "mass_1.mas20.txt"),
  /** WS4 whitespace-separated ({@code WS4.txt}). */
  WS4("ws4", "WS4.txt"),
  /** Angeli-Marinova charge radii CSV ({@code charge-radii.csv}). */
  RADII("radii", "charge-radii.csv");

  private final String id;
  private final String bundledFile;

  TableFormat(String id, String bundledFile) {
    this.id = id;
    this.bundledFile = bundledFile;
  }

  /** The format's name in configurations. */
  public String id() {
    return id;
  }

  /** The file name of the copy bundled with the runtime. */
  public String bundledFile() {
    return bundledFile;
  }

  /** True for the two AME formats. */
  public boolean isMassEvaluation() {
    return this == AME2016 || this == AME2020;
  }

  /** Parses a format id. */
  public static TableFormat parse(String name, String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (TableFormat f : values()) {
      if (f.id.equals(t)) {
        return f;
      }
    }
    throw new InvalidParameterException(name, text, "ame2016, ame2020, ws4 or radii");
  }
}

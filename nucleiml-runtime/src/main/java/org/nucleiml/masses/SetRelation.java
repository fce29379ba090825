package org.nucleiml.masses;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nucleiml.InvalidParameterException;

/**
 * A relation that narrows a selected set by comparison with another table: {@code new-in:<table>}
 * keeps the nuclides that the same selection rule does not pick from {@code <table>} (a nucleus
 * measured there but, say, with σ ≥ 100 keV counts as new: the huang Case B Choice).
 *
 * @param otherTable the id of the table compared with
 */
public record SetRelation(String otherTable) {

  private static final String PREFIX = "new-in:";

  /** Parses {@code new-in:<table id>}. */
  public static SetRelation parse(String name, String text) {
    String t = text == null ? "" : text.trim();
    if (!t.startsWith(PREFIX) || t.length() == PREFIX.length()) {
      throw new InvalidParameterException(name, text, "new-in:<table id>, e.g. new-in:ame2016");
    }
    return new SetRelation(t.substring(PREFIX.length()).trim());
  }

  /** The entries of {@code selected} whose nuclide the rule does not pick from {@code other}. */
  public List<MassEntry> apply(List<MassEntry> selected, Selection rule, MassTable other) {
    Set<Nuclide> there = new TreeSet<>();
    for (MassEntry e : rule.apply(other)) {
      there.add(e.nuclide());
    }
    return selected.stream().filter(e -> !there.contains(e.nuclide())).toList();
  }

  @Override
  public String toString() {
    return PREFIX + otherTable;
  }
}

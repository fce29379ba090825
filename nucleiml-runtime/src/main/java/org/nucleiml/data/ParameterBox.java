package org.nucleiml.data;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * The box of nuclear-matter parameters a study samples from, one {@link Range} per NMP in the order
 * of {@link NuclearMatterParameters#NAMES}.
 *
 * @param ranges seven ranges in NMP order
 */
public record ParameterBox(List<Range> ranges) {

  /** The NucleiML study's box (Table 1 of arXiv:2504.03333). */
  public static final ParameterBox STUDY = new ParameterBox(List.of(
      new Range("rho0", 0.14, 0.17),
      new Range("E0", -16.5, -15.5),
      new Range("K0", 150, 300),
      new Range("Q0", -1500, 400),
      new Range("mstar_over_m", 0.5, 0.8),
      new Range("J0", 20, 40),
      new Range("L0", 20, 100)));

  /** Validates one range per NMP, named and ordered as the NMPs, inside the physical domain. */
  public ParameterBox {
    ranges = List.copyOf(ranges);
    if (ranges.size() != NuclearMatterParameters.NAMES.size()) {
      throw new InvalidParameterException("box", ranges.size() + " ranges",
          "one range for each of " + NuclearMatterParameters.NAMES);
    }
    for (int i = 0; i < ranges.size(); i++) {
      String expected = NuclearMatterParameters.NAMES.get(i);
      if (!ranges.get(i).name().equals(expected)) {
        throw new InvalidParameterException("box range " + i, ranges.get(i).name(), expected);
      }
    }
    // Both corners must be valid NMPs (rho0 > 0, 0 < m*/m < 1, ...): the record checks that.
    cornerCheck(ranges, 0.0);
    cornerCheck(ranges, 1.0);
  }

  /** Returns this box with the range of {@code name} replaced. */
  public ParameterBox with(String name, double min, double max) {
    int i = indexOf(name);
    List<Range> copy = new ArrayList<>(ranges);
    copy.set(i, new Range(name, min, max));
    return new ParameterBox(copy);
  }

  /** The range of the parameter called {@code name}. */
  public Range range(String name) {
    return ranges.get(indexOf(name));
  }

  /** Maps a point of the unit cube to the box. */
  public NuclearMatterParameters at(double[] unit) {
    double[] v = new double[ranges.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ranges.get(i).at(unit[i]);
    }
    return NuclearMatterParameters.fromArray(v);
  }

  /** True when every parameter lies in its range. */
  public boolean contains(NuclearMatterParameters p) {
    double[] v = p.toArray();
    for (int i = 0; i < v.length; i++) {
      if (!ranges.get(i).contains(v[i])) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(String name) {
    int i = NuclearMatterParameters.NAMES.indexOf(name);
    if (i < 0) {
      throw new InvalidParameterException("box parameter", name, "one of " + NuclearMatterParameters.NAMES);
    }
    return i;
  }

  private static void cornerCheck(List<Range> ranges, double u) {
    double[] v = new double[ranges.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ranges.get(i).at(u);
    }
    NuclearMatterParameters.fromArray(v);
  }
}

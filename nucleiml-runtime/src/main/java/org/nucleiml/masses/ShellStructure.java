package org.nucleiml.masses;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * Magic numbers and a valence convention: the shell features of the three mass studies
 * (section 2.1 of the spec). The yang counts (shell index, valence, holes, distance) follow the
 * Choice there: Z_s = index of the largest magic number ≤ Z (0-based), Z_v = Z − ℳ(Z_s),
 * Z_h = ℳ(Z_s + 1) − Z, d = |Z − nearest ℳ|.
 *
 * @param protonMagic proton magic numbers, ascending
 * @param neutronMagic neutron magic numbers, ascending
 * @param convention how {@link #valence} is counted
 */
public record ShellStructure(List<Integer> protonMagic, List<Integer> neutronMagic,
    ValenceConvention convention) {

  /** huang [S003 §II.C]: core below. */
  public static final ShellStructure HUANG = new ShellStructure(List.of(20, 28, 50, 82, 114, 120),
      List.of(20, 28, 50, 82, 126, 184, 198), ValenceConvention.CORE_BELOW);

  /** mumpower (a Choice: major shell closures): nearest closed shell. */
  public static final ShellStructure MUMPOWER = new ShellStructure(List.of(2, 8, 20, 28, 50, 82, 126),
      List.of(2, 8, 20, 28, 50, 82, 126, 184), ValenceConvention.NEAREST);

  /** yang [S002 Eq. (1)]: one list for both; its counts use the methods below, not the convention. */
  public static final ShellStructure YANG = new ShellStructure(List.of(8, 20, 28, 50, 82, 126, 184),
      List.of(8, 20, 28, 50, 82, 126, 184), ValenceConvention.NEAREST);

  /** Proton or neutron. */
  public enum Nucleon { PROTON, NEUTRON }

  /** Copies the lists and checks they ascend. */
  public ShellStructure {
    protonMagic = ascending("protonMagic", protonMagic);
    neutronMagic = ascending("neutronMagic", neutronMagic);
  }

  private static List<Integer> ascending(String name, List<Integer> magic) {
    List<Integer> copy = List.copyOf(magic);
    if (copy.isEmpty()) {
      throw new InvalidParameterException(name, magic, "at least one magic number");
    }
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i) <= copy.get(i - 1)) {
        throw new InvalidParameterException(name, magic, "strictly ascending magic numbers");
      }
    }
    return copy;
  }

  private List<Integer> magic(Nucleon kind) {
    return kind == Nucleon.PROTON ? protonMagic : neutronMagic;
  }

  /** Valence count by this structure's convention. */
  public int valence(Nucleon kind, int x) {
    return convention == ValenceConvention.CORE_BELOW ? x - core(kind, x) : distance(kind, x);
  }

  /** The largest magic number strictly below x (0 if there is none): the huang core. */
  public int core(Nucleon kind, int x) {
    int core = 0;
    for (int m : magic(kind)) {
      if (m < x) {
        core = m;
      }
    }
    return core;
  }

  /** |x − nearest magic number|, either side. */
  public int distance(Nucleon kind, int x) {
    int best = Integer.MAX_VALUE;
    for (int m : magic(kind)) {
      best = Math.min(best, Math.abs(x - m));
    }
    return best;
  }

  /** yang Z_s: 0-based index of the largest magic number ≤ x. */
  public int shellIndex(Nucleon kind, int x) {
    List<Integer> m = magic(kind);
    int s = -1;
    for (int i = 0; i < m.size(); i++) {
      if (m.get(i) <= x) {
        s = i;
      }
    }
    if (s < 0 || s == m.size() - 1) {
      throw new InvalidParameterException(kind.name().toLowerCase(java.util.Locale.ROOT) + " number", x,
          "a value between the magic numbers " + m.get(0) + " and " + m.get(m.size() - 1)
              + " (the yang shell counts need a closed shell below and above)");
    }
    return s;
  }

  /** yang Z_v = x − ℳ(Z_s). */
  public int shellValence(Nucleon kind, int x) {
    return x - magic(kind).get(shellIndex(kind, x));
  }

  /** yang Z_h = ℳ(Z_s + 1) − x: holes to the next closed shell. */
  public int shellHoles(Nucleon kind, int x) {
    return magic(kind).get(shellIndex(kind, x) + 1) - x;
  }
}

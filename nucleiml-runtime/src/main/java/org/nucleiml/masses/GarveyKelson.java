package org.nucleiml.masses;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Garvey-Kelson mass relation [S004 Methods Eqs. (1)-(2)], as in Barea et al. PRC 77, 041304(R):
 * <ul>
 *   <li>N ≥ Z: M(Z−2,N+2) − M(Z,N) + M(Z−1,N) − M(Z−2,N+1) + M(Z,N+1) − M(Z−1,N+2) ≈ 0</li>
 *   <li>N &lt; Z: M(Z+2,N−2) − M(Z,N) + M(Z,N−1) − M(Z+1,N−2) + M(Z+1,N) − M(Z+2,N−1) ≈ 0</li>
 * </ul>
 * The coefficients sum to zero and their Z- and N-weighted sums vanish, so the combination is the
 * same for the mass excess, the atomic mass and −B; here it is evaluated on −B (so equal to the mass
 * form) from any {@link MassSurface}.
 */
public final class GarveyKelson {

  /** One term of the six-term sum. */
  public record Term(Nuclide nuclide, int coefficient) {}

  private GarveyKelson() {}

  /** The six terms around (Z, N), the centre included. */
  public static List<Term> terms(int z, int n) {
    if (n >= z) {
      return List.of(term(z - 2, n + 2, 1), term(z, n, -1), term(z - 1, n, 1), term(z - 2, n + 1, -1),
          term(z, n + 1, 1), term(z - 1, n + 2, -1));
    }
    return List.of(term(z + 2, n - 2, 1), term(z, n, -1), term(z, n - 1, 1), term(z + 1, n - 2, -1),
        term(z + 1, n, 1), term(z + 2, n - 1, -1));
  }

  private static Term term(int z, int n, int c) {
    return new Term(new Nuclide(z, n), c);
  }

  /** The five partner nuclei of (Z, N). */
  public static List<Nuclide> partners(int z, int n) {
    return terms(z, n).stream().map(Term::nuclide).filter(x -> x.z() != z || x.n() != n).toList();
  }

  /** GK(Z, N) in MeV on {@code surface}, empty where the surface lacks one of the six nuclei. */
  public static OptionalDouble value(MassSurface surface, int z, int n) {
    double sum = 0;
    for (Term t : terms(z, n)) {
      OptionalDouble b = surface.bindingEnergyMeV(t.nuclide().z(), t.nuclide().n());
      if (b.isEmpty()) {
        return OptionalDouble.empty();
      }
      sum -= t.coefficient() * b.getAsDouble();
    }
    return OptionalDouble.of(sum);
  }

  /**
   * GK of {@code surface} over the centres where all six nuclei have a value.
   *
   * @return count, mean |GK| and rms, MeV
   */
  public static Summary summary(MassSurface surface, Collection<Nuclide> centres) {
    int count = 0;
    double abs = 0;
    double squares = 0;
    for (Nuclide c : centres) {
      OptionalDouble gk = value(surface, c.z(), c.n());
      if (gk.isPresent()) {
        double v = gk.getAsDouble();
        count++;
        abs += Math.abs(v);
        squares += v * v;
      }
    }
    return count == 0 ? new Summary(0, Double.NaN, Double.NaN)
        : new Summary(count, abs / count, Math.sqrt(squares / count));
  }

  /** Every nucleus the GK sums over {@code centres} need: the centres and all their partners. */
  public static Set<Nuclide> universe(Collection<Nuclide> centres) {
    Set<Nuclide> u = new TreeSet<>();
    for (Nuclide c : centres) {
      for (Term t : terms(c.z(), c.n())) {
        u.add(t.nuclide());
      }
    }
    return u;
  }

  /**
   * GK statistics of a surface over a set.
   *
   * @param count centres with all six nuclei present
   * @param meanAbsMeV mean |GK|, MeV
   * @param rmsMeV rms GK, MeV
   */
  public record Summary(int count, double meanAbsMeV, double rmsMeV) {}
}

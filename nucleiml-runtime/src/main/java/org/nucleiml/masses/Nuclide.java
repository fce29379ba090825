package org.nucleiml.masses;

/**
 * A nuclide by its proton and neutron numbers: the key that joins mass tables, deformation tables,
 * features and predictions.
 *
 * @param z proton number
 * @param n neutron number
 */
public record Nuclide(int z, int n) implements Comparable<Nuclide> {

  /** Mass number A = Z + N. */
  public int a() {
    return z + n;
  }

  /** Orders by Z, then N: the order of the nuclear chart used in every output file. */
  @Override
  public int compareTo(Nuclide o) {
    return z != o.z ? Integer.compare(z, o.z) : Integer.compare(n, o.n);
  }

  @Override
  public String toString() {
    return "(Z=" + z + ", N=" + n + ")";
  }
}

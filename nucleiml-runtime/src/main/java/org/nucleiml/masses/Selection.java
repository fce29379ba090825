package org.nucleiml.masses;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * A selection rule on a mass table (section 1.7 of the mass-model spec): bounds on Z and N, measured
 * rows only, and a maximum mass-excess uncertainty. A null bound is no bound.
 *
 * @param zMin lower bound on Z, or null
 * @param zMinExclusive true for Z > zMin, false for Z ≥ zMin
 * @param nMin lower bound on N, or null
 * @param nMinExclusive true for N > nMin, false for N ≥ nMin
 * @param zMax upper bound on Z (inclusive), or null
 * @param measuredOnly true to drop {@code #} estimates
 * @param maxUncertaintyKeV keep σ(Δ) strictly below this, or null
 */
public record Selection(Integer zMin, boolean zMinExclusive, Integer nMin, boolean nMinExclusive,
    Integer zMax, boolean measuredOnly, Double maxUncertaintyKeV) {

  /** Everything in the table. */
  public static final Selection ALL = new Selection(null, false, null, false, null, false, null);

  /** huang Cases A and B: Z > 20, N > 20, measured, σ(Δ) < 100 keV (2,150 on AME2020). */
  public static final Selection HUANG = new Selection(20, true, 20, true, null, true, 100.0);

  /** mumpower: Z ≥ 20, measured (2,213 on AME2016). */
  public static final Selection MUMPOWER = new Selection(20, false, null, false, null, true, null);

  /** yang: Z > 40, measured (1,771 on AME2020). */
  public static final Selection YANG = new Selection(40, true, null, false, null, true, null);

  /** Checks the bounds. */
  public Selection {
    if (maxUncertaintyKeV != null && !(maxUncertaintyKeV > 0)) {
      throw new InvalidParameterException("selection.maxUncertaintyKeV", maxUncertaintyKeV, "a number > 0");
    }
    if (zMin != null && zMax != null && zMax < zMin) {
      throw new InvalidParameterException("selection.zMax", zMax, "an integer >= zMin = " + zMin);
    }
  }

  /** Whether a nuclide's Z and N pass the bounds (table-independent part of the rule). */
  public boolean acceptsNuclide(int z, int n) {
    if (zMin != null && (zMinExclusive ? z <= zMin : z < zMin)) {
      return false;
    }
    if (nMin != null && (nMinExclusive ? n <= nMin : n < nMin)) {
      return false;
    }
    return zMax == null || z <= zMax;
  }

  /** Whether an entry passes the rule. */
  public boolean accepts(MassEntry e) {
    if (!acceptsNuclide(e.z(), e.n())) {
      return false;
    }
    if (measuredOnly && e.estimated()) {
      return false;
    }
    return maxUncertaintyKeV == null || e.massExcessUncertaintyKeV() < maxUncertaintyKeV;
  }

  /** The entries of {@code table} that pass, in the order of the nuclear chart (Z, then N). */
  public List<MassEntry> apply(MassTable table) {
    List<MassEntry> out = new ArrayList<>();
    for (MassEntry e : table.entries()) {
      if (accepts(e)) {
        out.add(e);
      }
    }
    out.sort((x, y) -> x.nuclide().compareTo(y.nuclide()));
    return out;
  }

  /** The rule in words, e.g. {@code Z > 20, N > 20, measured, sigma(Delta) < 100 keV}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (zMin != null) {
      parts.add("Z " + (zMinExclusive ? "> " : ">= ") + zMin);
    }
    if (nMin != null) {
      parts.add("N " + (nMinExclusive ? "> " : ">= ") + nMin);
    }
    if (zMax != null) {
      parts.add("Z <= " + zMax);
    }
    if (measuredOnly) {
      parts.add("measured");
    }
    if (maxUncertaintyKeV != null) {
      parts.add("sigma(Delta) < " + maxUncertaintyKeV + " keV");
    }
    return parts.isEmpty() ? "all" : String.join(", ", parts);
  }
}

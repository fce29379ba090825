package org.nucleiml.masses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Compares a predicted mass surface with data on a set of nuclei: binding-energy errors, separation
 * energies S_n = B(Z,N) − B(Z,N−1) and S_p = B(Z,N) − B(Z−1,N) [S003 §III.C], and per-region tables.
 * Errors are predicted − measured.
 */
public final class MassMetrics {

  private MassMetrics() {}

  /** B errors over the nuclei of {@code set} where both surfaces have a value. */
  public static MassErrors bindingEnergy(MassSurface predicted, MassSurface data, Collection<Nuclide> set) {
    List<Double> errors = new ArrayList<>();
    for (Nuclide x : set) {
      OptionalDouble p = predicted.bindingEnergyMeV(x.z(), x.n());
      OptionalDouble d = data.bindingEnergyMeV(x.z(), x.n());
      if (p.isPresent() && d.isPresent()) {
        errors.add(p.getAsDouble() - d.getAsDouble());
      }
    }
    return MassErrors.ofMeV(errors.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** S_n(Z, N) on a surface, MeV; empty where B(Z,N) or B(Z,N−1) is missing. */
  public static OptionalDouble neutronSeparation(MassSurface s, int z, int n) {
    return difference(s, z, n, z, n - 1);
  }

  /** S_p(Z, N) on a surface, MeV; empty where B(Z,N) or B(Z−1,N) is missing. */
  public static OptionalDouble protonSeparation(MassSurface s, int z, int n) {
    return difference(s, z, n, z - 1, n);
  }

  private static OptionalDouble difference(MassSurface s, int z, int n, int z2, int n2) {
    OptionalDouble b = s.bindingEnergyMeV(z, n);
    OptionalDouble b2 = s.bindingEnergyMeV(z2, n2);
    return b.isPresent() && b2.isPresent() ? OptionalDouble.of(b.getAsDouble() - b2.getAsDouble())
        : OptionalDouble.empty();
  }

  /** S_n errors over {@code set} where both surfaces give S_n (both nuclei present in each). */
  public static MassErrors neutronSeparation(MassSurface predicted, MassSurface data, Collection<Nuclide> set) {
    return separation(predicted, data, set, true);
  }

  /** S_p errors over {@code set} where both surfaces give S_p. */
  public static MassErrors protonSeparation(MassSurface predicted, MassSurface data, Collection<Nuclide> set) {
    return separation(predicted, data, set, false);
  }

  private static MassErrors separation(MassSurface predicted, MassSurface data, Collection<Nuclide> set,
      boolean neutron) {
    List<Double> errors = new ArrayList<>();
    for (Nuclide x : set) {
      OptionalDouble p = neutron ? neutronSeparation(predicted, x.z(), x.n()) : protonSeparation(predicted, x.z(), x.n());
      OptionalDouble d = neutron ? neutronSeparation(data, x.z(), x.n()) : protonSeparation(data, x.z(), x.n());
      if (p.isPresent() && d.isPresent()) {
        errors.add(p.getAsDouble() - d.getAsDouble());
      }
    }
    return MassErrors.ofMeV(errors.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** B errors per region, in the order of {@code regions}. */
  public static Map<String, MassErrors> byRegion(MassSurface predicted, MassSurface data,
      Collection<Nuclide> set, List<ChartRegion> regions) {
    Map<String, MassErrors> table = new LinkedHashMap<>();
    for (ChartRegion r : regions) {
      table.put(r.name(), bindingEnergy(predicted, data, set.stream().filter(r.contains()).toList()));
    }
    return table;
  }
}

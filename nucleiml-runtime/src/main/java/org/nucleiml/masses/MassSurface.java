package org.nucleiml.masses;

import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A binding energy for some nuclides: a mass table, a theoretical table or a model's predictions.
 * The Garvey-Kelson relation and the separation energies are computed on any surface.
 */
@FunctionalInterface
public interface MassSurface {

  /** B(Z, N) in MeV (positive), empty where the surface has no value. */
  OptionalDouble bindingEnergyMeV(int z, int n);

  /**
   * This surface restricted to a set of nuclei: the GK statistics of the data count a nucleus only
   * where its five partners are in the set too (1,632 of the 2,213 mumpower nuclei on AME2016).
   */
  default MassSurface within(Collection<Nuclide> set) {
    Set<Nuclide> members = new HashSet<>(set);
    return (z, n) -> members.contains(new Nuclide(z, n)) ? bindingEnergyMeV(z, n) : OptionalDouble.empty();
  }
}

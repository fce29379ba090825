package org.nucleiml.masses;

/**
 * One ground state of an atomic mass evaluation (AME), as read from the table.
 *
 * @param nuclide Z and N
 * @param element the element symbol as printed
 * @param massExcessKeV atomic mass excess Δ, keV
 * @param massExcessUncertaintyKeV σ(Δ), keV; it is also σ(B)
 * @param estimated true where the table prints a {@code #} (an estimate from systematics, not a
 *     measurement)
 * @param bindingEnergyMeV total (atomic) binding energy B = Z·Δ(¹H) + N·Δ(n) − Δ with the table's
 *     own Δ(¹H) and Δ(n), MeV, positive
 */
public record MassEntry(Nuclide nuclide, String element, double massExcessKeV,
    double massExcessUncertaintyKeV, boolean estimated, double bindingEnergyMeV) {

  /** Proton number. */
  public int z() {
    return nuclide.z();
  }

  /** Neutron number. */
  public int n() {
    return nuclide.n();
  }

  /** Mass number. */
  public int a() {
    return nuclide.a();
  }

  /** True where the mass was measured (no {@code #}). */
  public boolean measured() {
    return !estimated;
  }

  /** σ(B) = σ(Δ), MeV. */
  public double bindingEnergyUncertaintyMeV() {
    return massExcessUncertaintyKeV / 1000.0;
  }
}

package org.nucleiml.masses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An atomic mass evaluation: its ground states in the order of the file, and the mass excesses of
 * the free neutron and of ¹H that the table itself uses (B is derived with those, so that a table's
 * binding energies are consistent with its own mass excesses). Immutable.
 */
public final class MassTable implements MassSurface {

  private final String id;
  private final List<MassEntry> entries;
  private final double neutronExcessKeV;
  private final double hydrogenExcessKeV;
  private final Map<Nuclide, MassEntry> index = new HashMap<>();

  /**
   * @param id the table's id in a configuration, e.g. {@code ame2020}
   * @param entries the ground states in file order
   * @param neutronExcessKeV Δ(n) of this table, keV
   * @param hydrogenExcessKeV Δ(¹H) of this table, keV
   */
  public MassTable(String id, List<MassEntry> entries, double neutronExcessKeV, double hydrogenExcessKeV) {
    this.id = id;
    this.entries = List.copyOf(entries);
    this.neutronExcessKeV = neutronExcessKeV;
    this.hydrogenExcessKeV = hydrogenExcessKeV;
    for (MassEntry e : this.entries) {
      index.put(e.nuclide(), e);
    }
  }

  /** The table's id. */
  public String id() {
    return id;
  }

  /** The ground states in file order. */
  public List<MassEntry> entries() {
    return entries;
  }

  /** Δ(n) of this table, keV. */
  public double neutronExcessKeV() {
    return neutronExcessKeV;
  }

  /** Δ(¹H) of this table, keV. */
  public double hydrogenExcessKeV() {
    return hydrogenExcessKeV;
  }

  /** The entry of a nuclide, if the table has it. */
  public Optional<MassEntry> entry(int z, int n) {
    return Optional.ofNullable(index.get(new Nuclide(z, n)));
  }

  /** Number of ground states. */
  public int size() {
    return entries.size();
  }

  /** Number of measured (not {@code #}) ground states. */
  public long measuredCount() {
    return entries.stream().filter(MassEntry::measured).count();
  }

  /** B of every entry, measured or estimated. */
  @Override
  public OptionalDouble bindingEnergyMeV(int z, int n) {
    MassEntry e = index.get(new Nuclide(z, n));
    return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.bindingEnergyMeV());
  }

  /** B of the measured entries only: the data surface for Garvey-Kelson and separation energies. */
  public MassSurface measuredSurface() {
    return (z, n) -> {
      MassEntry e = index.get(new Nuclide(z, n));
      return e == null || e.estimated() ? OptionalDouble.empty() : OptionalDouble.of(e.bindingEnergyMeV());
    };
  }
}

package org.nucleiml.masses;

import java.util.Locale;
import org.nucleiml.InvalidParameterException;

/** What a data set's {@code target_MeV} column holds, in MeV. */
public enum DatasetTarget {
  /** Total binding energy B (positive). */
  BINDING_ENERGY("binding_energy"),
  /** Atomic mass excess Δ. */
  MASS_EXCESS("mass_excess"),
  /** B/A. */
  BINDING_ENERGY_PER_NUCLEON("binding_energy_per_nucleon");

  private final String id;

  DatasetTarget(String id) {
    this.id = id;
  }

  /** The name in configurations and in dataset.json. */
  public String id() {
    return id;
  }

  /** The target of an entry, MeV. */
  public double value(MassEntry e) {
    return switch (this) {
      case BINDING_ENERGY -> e.bindingEnergyMeV();
      case MASS_EXCESS -> e.massExcessKeV() / 1000.0;
      case BINDING_ENERGY_PER_NUCLEON -> e.bindingEnergyMeV() / e.a();
    };
  }

  /** Its uncertainty, MeV (σ(B) = σ(Δ); σ(B/A) = σ(Δ)/A). */
  public double uncertainty(MassEntry e) {
    double sigma = e.massExcessUncertaintyKeV() / 1000.0;
    return this == BINDING_ENERGY_PER_NUCLEON ? sigma / e.a() : sigma;
  }

  /** Parses a target id. */
  public static DatasetTarget parse(String name, String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (DatasetTarget d : values()) {
      if (d.id.equals(t)) {
        return d;
      }
    }
    throw new InvalidParameterException(name, text,
        "binding_energy, mass_excess or binding_energy_per_nucleon");
  }
}

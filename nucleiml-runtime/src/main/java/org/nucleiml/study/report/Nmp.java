package org.nucleiml.study.report;

import java.util.Map;

/** How the report names the nuclear-matter parameters: the JSON key with its unit. */
final class Nmp {

  private static final Map<String, String> UNITS = Map.of("rho0", "fm^-3", "E0", "MeV", "K0", "MeV", "Q0", "MeV",
      "J0", "MeV", "L0", "MeV");

  private Nmp() {}

  /** "K0 (MeV)", or the bare name for a dimensionless parameter such as mstar_over_m. */
  static String label(String name) {
    String unit = UNITS.get(name);
    return unit == null ? name : name + " (" + unit + ")";
  }
}

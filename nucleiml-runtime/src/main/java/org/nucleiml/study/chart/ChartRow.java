package org.nucleiml.study.chart;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.nucleus.NucleusSolution;

/**
 * One line of chart.csv: a nucleus, whether its solve converged (and why not), and its observables
 * (NaN, written empty, when not converged).
 *
 * @param nucleus Z and N
 * @param converged whether the solve converged
 * @param reason the non-convergence reason, or empty
 * @param iterations self-consistency iterations used
 * @param bindingEnergyMeV binding energy, MeV
 * @param chargeRadiusFm charge radius, fm
 * @param protonRadiusFm point-proton rms radius, fm
 * @param neutronRadiusFm point-neutron rms radius, fm
 * @param skinFm neutron skin, fm
 */
public record ChartRow(Nucleus nucleus, boolean converged, String reason, int iterations,
    double bindingEnergyMeV, double chargeRadiusFm, double protonRadiusFm, double neutronRadiusFm,
    double skinFm) {

  /** The header of chart.csv. */
  public static final List<String> HEADER = List.of("Z", "N", "converged", "reason", "iterations",
      "binding_energy_MeV", "charge_radius_fm", "proton_radius_fm", "neutron_radius_fm", "skin_fm");

  /** The row of a solve. */
  static ChartRow of(NucleusSolution s) {
    return new ChartRow(s.nucleus(), s.converged(), s.reason() == null ? "" : s.reason().name(),
        s.iterations(), s.bindingEnergyMeV(), s.chargeRadiusFm(), s.protonRadiusFm(),
        s.neutronRadiusFm(), s.skinFm());
  }

  /** The CSV line, LF-terminated; numbers by {@link Double#toString} (round-trip exact). */
  String line() {
    return nucleus.z() + "," + nucleus.n() + "," + converged + "," + reason + "," + iterations + ","
        + number(bindingEnergyMeV) + "," + number(chargeRadiusFm) + "," + number(protonRadiusFm) + ","
        + number(neutronRadiusFm) + "," + number(skinFm) + "\n";
  }

  /** Parses a line of chart.csv; {@code where} names the file and line in errors. */
  static ChartRow parse(String where, String line) {
    String[] f = line.split(",", -1);
    if (f.length != HEADER.size() || !(f[2].equals("true") || f[2].equals("false"))) {
      throw new InvalidParameterException(where, line, HEADER.size() + " values " + String.join(",", HEADER));
    }
    try {
      return new ChartRow(new Nucleus(Integer.parseInt(f[0]), Integer.parseInt(f[1])),
          Boolean.parseBoolean(f[2]), f[3], Integer.parseInt(f[4]), value(f[5]), value(f[6]), value(f[7]),
          value(f[8]), value(f[9]));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(where, line, "numbers in the columns " + String.join(",", HEADER));
    }
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static double value(String text) {
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }
}

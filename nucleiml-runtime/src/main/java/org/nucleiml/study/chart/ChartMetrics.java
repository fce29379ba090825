package org.nucleiml.study.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.nucleiml.masses.ChargeRadius;
import org.nucleiml.masses.MassTable;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.physics.Nucleus;

/**
 * The solver's accuracy over a chart (spec mass-model-studies 5.2, 5.6): the converged fraction with
 * the failures by reason, the rms of BE(model) - BE(AME2020) over the converged nuclei the table
 * lists, and the rms of Rch(model) - Rch(measured) over the converged nuclei with a measured radius.
 *
 * @param nuclei nuclei of the chart
 * @param converged how many converged
 * @param failures non-converged nuclei by reason
 * @param bindingEnergyCount converged nuclei with an AME2020 binding energy
 * @param bindingEnergyMeanMeV mean of BE(model) - BE(AME2020), MeV
 * @param bindingEnergyRmsMeV rms of the same, MeV (NaN without nuclei)
 * @param chargeRadiusCount converged nuclei with a measured charge radius
 * @param chargeRadiusMeanFm mean of Rch(model) - Rch(measured), fm
 * @param chargeRadiusRmsFm rms of the same, fm (NaN without nuclei)
 */
public record ChartMetrics(int nuclei, int converged, Map<String, Integer> failures, int bindingEnergyCount,
    double bindingEnergyMeanMeV, double bindingEnergyRmsMeV, int chargeRadiusCount, double chargeRadiusMeanFm,
    double chargeRadiusRmsFm) {

  /** Measures a chart against a mass table and measured radii. */
  public static ChartMetrics of(List<ChartRow> rows, MassTable ame, List<ChargeRadius> radii) {
    Map<Nuclide, Double> measuredRadius = new HashMap<>();
    radii.forEach(r -> measuredRadius.put(r.nuclide(), r.radiusFm()));
    Map<String, Integer> failures = new TreeMap<>();
    Moments be = new Moments();
    Moments rch = new Moments();
    int converged = 0;
    for (ChartRow r : rows) {
      if (!r.converged()) {
        failures.merge(r.reason(), 1, Integer::sum);
        continue;
      }
      converged++;
      Nucleus n = r.nucleus();
      ame.bindingEnergyMeV(n.z(), n.n()).ifPresent(b -> be.add(r.bindingEnergyMeV() - b));
      Double radius = measuredRadius.get(new Nuclide(n.z(), n.n()));
      if (radius != null) {
        rch.add(r.chargeRadiusFm() - radius);
      }
    }
    return new ChartMetrics(rows.size(), converged, failures, be.count, be.mean(), be.rms(), rch.count,
        rch.mean(), rch.rms());
  }

  /** Converged over all nuclei. */
  public double convergedFraction() {
    return nuclei == 0 ? Double.NaN : converged / (double) nuclei;
  }

  /** One log line. */
  public String summary(String couplingSet) {
    return String.format(Locale.ROOT, "chart %s: %d of %d converged (%.1f%%; failures %s); BE - AME2020 on %d:"
        + " mean %.3f MeV, rms %.3f MeV; Rch - measured on %d: mean %.4f fm, rms %.4f fm", couplingSet, converged,
        nuclei, 100 * convergedFraction(), failures, bindingEnergyCount, bindingEnergyMeanMeV, bindingEnergyRmsMeV,
        chargeRadiusCount, chargeRadiusMeanFm, chargeRadiusRmsFm);
  }

  /** Sums of differences and their squares, in chart order (so the result is reproducible). */
  private static final class Moments {
    int count;
    double sum;
    double squares;

    void add(double d) {
      count++;
      sum += d;
      squares += d * d;
    }

    double mean() {
      return count == 0 ? Double.NaN : sum / count;
    }

    double rms() {
      return count == 0 ? Double.NaN : Math.sqrt(squares / count);
    }
  }
}

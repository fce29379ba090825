package org.nucleiml.emulator;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * The factors an ensemble's sample variance is multiplied by, per output (binding energy, charge radius
 * in {@link SampleDatasets#TARGETS} order): one global pair, and with a per-nucleus calibration one pair
 * per nucleus of the validation split. A nucleus without its own pair (one the calibration never saw)
 * uses the global pair, which is fitted on all validation rows with the same method.
 *
 * @param method how the factors were fitted
 * @param global the factors of every nucleus without its own
 * @param nuclei the per-nucleus factors, ordered by (Z, N); empty unless the method is per nucleus
 */
public record VarianceScale(CalibrationMethod method, List<Double> global, List<NucleusScale> nuclei) {

  /** No calibration: every factor 1. */
  public static final VarianceScale NONE = new VarianceScale(CalibrationMethod.GLOBAL, List.of(1.0, 1.0), List.of());

  /** Copies the lists; requires one finite factor > 0 per output everywhere and distinct nuclei. */
  public VarianceScale {
    global = List.copyOf(global);
    nuclei = List.copyOf(nuclei);
    check("variance scale", global);
    for (int i = 0; i < nuclei.size(); i++) {
      NucleusScale s = nuclei.get(i);
      check("variance scale of Z=" + s.z() + " N=" + s.n(), s.scale());
      if (i > 0 && compare(nuclei.get(i - 1), s) >= 0) {
        throw new InvalidParameterException("variance scale nuclei", nuclei, "distinct nuclei ordered by (Z, N)");
      }
    }
  }

  /**
   * One nucleus' factors.
   *
   * @param z proton number
   * @param n neutron number
   * @param scale per output in {@link SampleDatasets#TARGETS} order
   */
  public record NucleusScale(int z, int n, List<Double> scale) {

    /** Copies the list. */
    public NucleusScale {
      scale = List.copyOf(scale);
    }
  }

  /** The factor of output {@code output} (0: binding energy, 1: charge radius) for nucleus (z, n). */
  public double factor(int z, int n, int output) {
    for (NucleusScale s : nuclei) {
      if (s.z() == z && s.n() == n) {
        return s.scale().get(output);
      }
    }
    return global.get(output);
  }

  /** The global factors as an array. */
  double[] globalArray() {
    return global.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int compare(NucleusScale a, NucleusScale b) {
    return a.z() != b.z() ? Integer.compare(a.z(), b.z()) : Integer.compare(a.n(), b.n());
  }

  private static void check(String name, List<Double> scale) {
    if (scale.size() != SampleDatasets.TARGETS.size()) {
      throw new InvalidParameterException(name, scale, "one factor per output " + SampleDatasets.TARGETS);
    }
    for (double s : scale) {
      if (!(s > 0 && Double.isFinite(s))) {
        throw new InvalidParameterException(name, scale, "finite factors > 0");
      }
    }
  }
}

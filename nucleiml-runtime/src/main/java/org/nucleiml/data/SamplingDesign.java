package org.nucleiml.data;

import java.util.Locale;
import org.nucleiml.InvalidParameterException;

/** How the points of the parameter box are drawn. */
public enum SamplingDesign {
  /** Independent uniform points, point i from a generator seeded by (seed, i). */
  UNIFORM,
  /** Latin hypercube: each parameter's range cut into n strata, each stratum used once. */
  LATIN_HYPERCUBE,
  /** Sobol low-discrepancy sequence with a random shift from the seed (Cranley-Patterson). */
  SOBOL;

  /** The name used in POMs, CLI and dataset.json: {@code uniform}, {@code latin-hypercube}, {@code sobol}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses an id as written by {@link #id()}. */
  public static SamplingDesign parse(String id) {
    for (SamplingDesign d : values()) {
      if (d.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
        return d;
      }
    }
    throw new InvalidParameterException("design", id, "one of uniform, latin-hypercube, sobol");
  }

  /** The unit-cube points of this design for a run of {@code count} samples seeded by {@code seed}. */
  public UnitCubeDesign points(long seed, long count, int dimension) {
    return switch (this) {
      case UNIFORM -> new UniformDesign(seed, dimension);
      case LATIN_HYPERCUBE -> new LatinHypercubeDesign(seed, count, dimension);
      case SOBOL -> new SobolDesign(seed, dimension);
    };
  }
}

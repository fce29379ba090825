package org.nucleiml.study.chart;

import java.nio.file.Path;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.ReferenceCouplingSets.CouplingSet;
import org.nucleiml.physics.nucleus.DensityComponents;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * What a chart run computes: one coupling set over the nuclei of a data set, with solver settings
 * whose radial profiles are on and whose box is fixed (so every nucleus has the same radii).
 *
 * @param couplingSet the couplings and masses, named
 * @param solver the solver settings (profiles requested, fixed box)
 * @param nucleiFile the data set's nuclei.csv the nuclei come from
 * @param nuclei its distinct nuclei in file order
 * @param chunkSize nuclei per resumable chunk
 * @param outputDirectory where chart.csv, densities.bin and densities.json go
 */
public record ChartRun(CouplingSet couplingSet, SolverSettings solver, Path nucleiFile,
    List<Nucleus> nuclei, int chunkSize, Path outputDirectory) {

  /** The chart table. */
  public static final String CHART_FILE = "chart.csv";
  /** The radial profiles. */
  public static final String DENSITIES_FILE = "densities.bin";
  /** The profiles' index. */
  public static final String INDEX_FILE = "densities.json";
  /** The six channels of a nucleus in densities.bin, in order. */
  public static final List<String> CHANNELS = List.of("rho_n", "tau_n", "J_n", "rho_p", "tau_p", "J_p");

  /** Validates the settings: profiles on, a fixed box, a positive chunk size, at least one nucleus. */
  public ChartRun {
    nuclei = List.copyOf(nuclei);
    if (solver.profiles() == null) {
      throw new IllegalArgumentException("a chart run needs solver settings with profiles");
    }
    if (solver.boxRadiusFm() <= 0) {
      throw new InvalidParameterException("boxRadiusFm", solver.boxRadiusFm(),
          "a fixed box radius > 0 fm (every nucleus must share the radii of densities.bin)");
    }
    if (chunkSize < 1) {
      throw new InvalidParameterException("chunkSize", chunkSize, "a positive integer");
    }
    if (nuclei.isEmpty()) {
      throw new InvalidParameterException("nucleiFrom", nucleiFile, "a nuclei.csv with at least one nucleus");
    }
  }

  /** The components the profiles are built from. */
  public DensityComponents components() {
    return solver.profiles();
  }

  /** Radii per channel: the mesh points r_k = k h, k = 1..points, up to the box radius. */
  public int points() {
    return (int) Math.ceil(solver.boxRadiusFm() / solver.meshStepFm() - 1e-9);
  }

  /** Number of chunks. */
  int chunks() {
    return (nuclei.size() + chunkSize - 1) / chunkSize;
  }

  /** The nuclei of a chunk. */
  List<Nucleus> chunk(int c) {
    return nuclei.subList(c * chunkSize, Math.min(nuclei.size(), (c + 1) * chunkSize));
  }
}

package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.masses.NucleiCsv;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.ReferenceCouplingSets;
import org.nucleiml.physics.ReferenceCouplingSets.CouplingSet;
import org.nucleiml.physics.nucleus.DensityComponents;
import org.nucleiml.physics.nucleus.SolverSettings;
import org.nucleiml.study.chart.ChartGate;
import org.nucleiml.study.chart.ChartRun;
import org.nucleiml.study.chart.ChartStep;

/**
 * The chart-mode parameters of {@link GenerateConfiguration}, validated into a {@link ChartStep}: a
 * named reference set or explicit couplings, the data set's nuclei, the mesh and box that fix the
 * densities' radii, the components option and the gates. Each bad value fails naming its parameter.
 *
 * @param couplingSet a bundled set's name (used unless {@code couplings} is given)
 * @param couplings explicit couplings {@code g_sigma=..,...,Lambda_v=..}, or null/blank
 * @param constants the masses of explicit couplings
 * @param nucleiFrom the data set's nuclei.csv
 * @param solver the solver settings whose mesh and box are replaced
 * @param meshStepFm mesh step, fm
 * @param boxRadiusFm box radius, fm
 * @param densityComponents BOTH or UPPER_ONLY
 * @param gates the gates as written
 */
record ChartMode(String couplingSet, String couplings, ModelConstants constants, Path nucleiFrom,
    SolverSettings solver, double meshStepFm, double boxRadiusFm, String densityComponents, List<String> gates) {

  /** The mode names. */
  static final List<String> MODES = List.of("samples", "chart");
  /** The name of explicit couplings in outputs and gates. */
  static final String CUSTOM = "custom";
  private static final List<String> COUPLING_KEYS = List.of("g_sigma", "g_omega", "g_rho", "A_MeV", "B", "C",
      "Lambda_v");

  ChartMode {
    gates = List.copyOf(gates);
  }

  /** Whether {@code mode} is chart; fails naming {@code mode} for anything but samples or chart. */
  static boolean isChart(String mode) {
    String m = mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT);
    if (!MODES.contains(m)) {
      throw new InvalidParameterException("mode", mode, "samples or chart");
    }
    return m.equals("chart");
  }

  /** The validated step. */
  ChartStep step(Path outputDirectory, int chunkSize, Consumer<String> log, Duration progressInterval)
      throws IOException {
    if (outputDirectory == null) {
      throw new InvalidParameterException("outputDirectory", null, "the directory for chart.csv");
    }
    CouplingSet set = resolvedSet();
    Checks.closedRange("meshStepFm", meshStepFm, 1e-3, 0.5);
    if (!(boxRadiusFm >= 40 * meshStepFm) || !Double.isFinite(boxRadiusFm)) {
      throw new InvalidParameterException("boxRadiusFm", boxRadiusFm,
          "a finite radius of at least 40 mesh steps (" + 40 * meshStepFm + " fm)");
    }
    SolverSettings settings = solver.withMeshStep(meshStepFm).withBoxRadius(boxRadiusFm)
        .withProfiles(DensityComponents.parse("densityComponents", densityComponents));
    List<ChartGate> parsed = gates.stream().map(g -> ChartGate.parse(g, set.name())).toList();
    ChartRun run = new ChartRun(set, settings, nucleiFrom, nuclei(), chunkSize, outputDirectory);
    return new ChartStep(run, parsed, log, progressInterval);
  }

  private List<Nucleus> nuclei() throws IOException {
    if (nucleiFrom == null || !Files.isRegularFile(nucleiFrom)) {
      throw new InvalidParameterException("nucleiFrom", nucleiFrom,
          "an existing nuclei.csv written by nml:dataset (e.g. target/nml/dataset/nuclei.csv)");
    }
    return ChartStep.distinct(NucleiCsv.read(nucleiFrom).rows().stream()
        .map(r -> new Nucleus(r.nuclide().z(), r.nuclide().n())).toList());
  }

  private CouplingSet resolvedSet() {
    if (couplings == null || couplings.isBlank()) {
      return ReferenceCouplingSets.named("couplingSet", couplingSet);
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (String word : couplings.split("[,\\s]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String[] kv = word.split("=", 2);
      if (kv.length != 2 || !COUPLING_KEYS.contains(kv[0].trim()) || values.containsKey(kv[0].trim())) {
        throw new InvalidParameterException("couplings", word, "KEY=VALUE once each for " + String.join(", ", COUPLING_KEYS));
      }
      try {
        values.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("couplings." + kv[0].trim(), kv[1], "a number");
      }
    }
    if (values.size() != COUPLING_KEYS.size()) {
      throw new InvalidParameterException("couplings", couplings, "all of " + String.join(", ", COUPLING_KEYS));
    }
    return new ReferenceCouplingSets.CouplingSet(CUSTOM, constants, new Couplings(values.get("g_sigma"),
        values.get("g_omega"), values.get("g_rho"), values.get("A_MeV"), values.get("B"), values.get("C"),
        values.get("Lambda_v")));
  }
}

package org.nucleiml.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.matter.CouplingInverter;

/**
 * The inverse map as the classifier's exact no-couplings pre-filter, with the masses of the data set
 * the emulator is trained on: training, validation and the posterior backend all build it here, so
 * an emulator is always used behind the same filter it was trained behind.
 */
public final class ExactCouplingFilter {

  private ExactCouplingFilter() {}

  /** The filter for a data set, given its dataset.json (null: the study's masses). */
  public static Predicate<NuclearMatterParameters> forDataset(JsonNode datasetManifest) {
    ModelConstants masses = masses(datasetManifest);
    return nmp -> CouplingInverter.invert(nmp, masses).hasCouplings();
  }

  /** The filter for the data set an emulator was trained on, from its emulator.json. */
  public static Predicate<NuclearMatterParameters> forEmulator(JsonNode descriptor) {
    return forDataset(descriptor.path("training").path("dataset").path("manifest"));
  }

  /** The filter an emulator was trained with, from its emulator.json; null when it had none. */
  public static Predicate<NuclearMatterParameters> asTrained(JsonNode descriptor) {
    return descriptor.path("classifier").path("coupling_prefilter").asBoolean()
        ? forEmulator(descriptor) : null;
  }

  // Whether couplings exist depends on the masses (in fact on the nucleon mass only,
  // rmf-nuclear-matter.md section 1), so the data set's own masses are used when it records them.
  static ModelConstants masses(JsonNode datasetManifest) {
    JsonNode s = datasetManifest == null ? null : datasetManifest.path("solver");
    if (s == null || !s.has("nucleon_mass")) {
      return ModelConstants.STUDY;
    }
    return new ModelConstants(s.path("m_sigma").asDouble(), s.path("m_omega").asDouble(),
        s.path("m_rho").asDouble(), s.path("nucleon_mass").asDouble());
  }
}

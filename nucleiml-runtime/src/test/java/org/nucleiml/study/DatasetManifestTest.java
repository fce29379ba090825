package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ClassCounts;
import org.nucleiml.data.GenerationConfig;
import org.nucleiml.data.GenerationSummary;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.RmfSampleEvaluator;
import org.nucleiml.data.SamplingDesign;
import org.nucleiml.data.Threshold;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.nucleus.CenterOfMassCorrection;
import org.nucleiml.physics.nucleus.ChargeRadiusFormula;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.physics.nucleus.PairingSettings;
import org.nucleiml.physics.nucleus.SolverSettings;

/** Tests for {@link DatasetManifest}: dataset.json read back gives the settings it was written from. */
class DatasetManifestTest {

  @Test
  void parse_roundTripsEveryGenerationAndSolverSetting() {
    SolverSettings solver = new SolverSettings(0.12, 18.0, 400, 1e-5, new PairingSettings(false, 11.5, 1.5),
        new CenterOfMassCorrection(0.0), ChargeRadiusFormula.PROTON_ONLY, 8, 0.5);
    ModelConstants masses = new ModelConstants(500.0, 783.0, 763.0, 938.9);
    ParameterBox box = ParameterBox.STUDY.with("K0", 200, 260);
    List<Nucleus> nuclei = List.of(Nucleus.parse("16O"), Nucleus.parse("208Pb"));
    GenerationConfig config = new GenerationConfig(box, SamplingDesign.parse("sobol"), 10, 3L, nuclei,
        Threshold.absolute(50, 0.1), 1, 0, 1, 7, Path.of("out"));
    var json = new GenerationSummary(config, new ClassCounts(), Path.of("out/samples.csv"), "00", 1.0, 10,
        new RmfSampleEvaluator(solver, masses).settings()).toJson();
    DatasetManifest m = DatasetManifest.parse(json, "dataset.json");
    assertEquals(box, m.box());
    assertEquals(SamplingDesign.parse("sobol"), m.design());
    assertEquals(nuclei, m.nuclei());
    assertEquals(Threshold.absolute(50, 0.1), m.threshold());
    assertEquals(7, m.chunkSize());
    assertEquals(solver, m.solver());
    assertEquals(masses, m.constants());
  }

  @Test
  void parse_defaultSolverWithAutomaticBoxRoundTrips() {
    GenerationConfig config = new GenerationConfig(ParameterBox.STUDY, SamplingDesign.parse("uniform"), 10, 3L,
        List.of(Nucleus.parse("40Ca")), Threshold.STUDY, 1, 0, 1, 25, Path.of("out"));
    var json = new GenerationSummary(config, new ClassCounts(), Path.of("out/samples.csv"), "00", 1.0, 10,
        new RmfSampleEvaluator(SolverSettings.DEFAULT, ModelConstants.STUDY).settings()).toJson();
    DatasetManifest m = DatasetManifest.parse(json, "dataset.json");
    assertEquals(SolverSettings.DEFAULT, m.solver());
    assertEquals(Threshold.STUDY, m.threshold());
  }

  @Test
  void parse_constantGRoundTripsAndTheOtherPrescriptionsKeepTheirKeys() {
    GenerationConfig config = new GenerationConfig(ParameterBox.STUDY, SamplingDesign.parse("uniform"), 10, 3L,
        List.of(Nucleus.parse("40Ca")), Threshold.STUDY, 1, 0, 1, 25, Path.of("out"));
    SolverSettings constantG = SolverSettings.DEFAULT.withPairing(
        new PairingSettings(PairingPrescription.CONSTANT_G, 12.0, 1.0, 23.0));
    var json = new GenerationSummary(config, new ClassCounts(), Path.of("out/samples.csv"), "00", 1.0, 10,
        new RmfSampleEvaluator(constantG, ModelConstants.STUDY).settings()).toJson();
    assertEquals(constantG, DatasetManifest.parse(json, "dataset.json").solver());
    // constant-gap and none write exactly the keys they wrote before the prescription existed, so
    // existing data sets and their fingerprints are unchanged
    for (PairingPrescription p : List.of(PairingPrescription.CONSTANT_GAP, PairingPrescription.NONE)) {
      var keys = new RmfSampleEvaluator(SolverSettings.DEFAULT.withPairing(PairingSettings.of(p)),
          ModelConstants.STUDY).settings().keySet();
      assertEquals(List.of("mesh_step_fm", "box_radius_fm", "max_iterations", "tolerance_MeV",
          "mixing_history", "mixing_weight", "pairing_enabled", "pairing_gap_coefficient_MeV",
          "pairing_window_hbar_omega", "center_of_mass_coefficient_MeV", "charge_radius_proton_term_fm2",
          "charge_radius_neutron_term_fm2", "m_sigma", "m_omega", "m_rho", "nucleon_mass"),
          List.copyOf(keys));
    }
  }

  @Test
  void parse_missingKeyIsNamed() {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> DatasetManifest.parse(json, "x/dataset.json"));
    assertEquals("x/dataset.json solver", e.parameter());
  }
}

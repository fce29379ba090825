package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.SamplingDesign;
import org.nucleiml.data.Threshold;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.nucleus.CenterOfMassCorrection;
import org.nucleiml.physics.nucleus.ChargeRadiusFormula;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.physics.nucleus.PairingSettings;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * The generation settings of a data set read back from its dataset.json, so that an independent
 * sample can be solved with the very box, design, nuclei, threshold and solver of the training data.
 *
 * @param box the NMP box
 * @param design the sampling design
 * @param nuclei the nuclei of every set
 * @param threshold the admissibility threshold
 * @param chunkSize sets per resumable chunk
 * @param solver the RMF solver settings
 * @param constants meson and nucleon masses
 */
public record DatasetManifest(ParameterBox box, SamplingDesign design, List<Nucleus> nuclei, Threshold threshold,
    int chunkSize, SolverSettings solver, ModelConstants constants) {


  /** Parses the manifest node; {@code where} names the file in messages. */
  public static DatasetManifest parse(JsonNode m, String where) {
    JsonNode s = require(m, "solver", where);
    return new DatasetManifest(box(require(m, "box", where)), SamplingDesign.parse(require(m, "design", where).asText()),
        nuclei(require(m, "nuclei", where)), threshold(require(m, "threshold", where)),
        require(m, "chunk_size", where).asInt(), solver(s, where), constants(s, where));
  }

  private static ParameterBox box(JsonNode node) {
    ParameterBox box = ParameterBox.STUDY;
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      box = box.with(e.getKey(), e.getValue().get(0).asDouble(), e.getValue().get(1).asDouble());
    }
    return box;
  }

  private static List<Nucleus> nuclei(JsonNode node) {
    List<Nucleus> nuclei = new ArrayList<>();
    node.forEach(n -> nuclei.add(Nucleus.parse(n.asText())));
    return List.copyOf(nuclei);
  }

  private static Threshold threshold(JsonNode t) {
    double value = t.path("value").asDouble();
    return "absolute".equals(t.path("mode").asText()) ? Threshold.absolute(value, t.path("radius_relative").asDouble())
        : Threshold.relative(value);
  }

  // dataset.json records every solver option as a plain number (RmfSampleEvaluator.settings).
  private static SolverSettings solver(JsonNode s, String where) {
    return new SolverSettings(number(s, "mesh_step_fm", where), number(s, "box_radius_fm", where),
        (int) number(s, "max_iterations", where), number(s, "tolerance_MeV", where),
        pairing(s, where),
        new CenterOfMassCorrection(number(s, "center_of_mass_coefficient_MeV", where)),
        new ChargeRadiusFormula(number(s, "charge_radius_proton_term_fm2", where),
            number(s, "charge_radius_neutron_term_fm2", where)),
        (int) number(s, "mixing_history", where), number(s, "mixing_weight", where));
  }

  // pairing_prescription is written only for constant-g (RmfSampleEvaluator.settings).
  private static PairingSettings pairing(JsonNode s, String where) {
    PairingSettings p = new PairingSettings(require(s, "pairing_enabled", where).asBoolean(),
        number(s, "pairing_gap_coefficient_MeV", where), number(s, "pairing_window_hbar_omega", where));
    if (!s.has("pairing_prescription")) {
      return p;
    }
    return new PairingSettings(PairingPrescription.parse(where + " pairing_prescription",
        s.get("pairing_prescription").asText()), p.gapCoefficientMeV(), p.windowInHbarOmega(),
        number(s, "pairing_strength_coefficient_MeV", where));
  }

  private static double number(JsonNode s, String key, String where) {
    return require(s, key, where).asDouble();
  }

  private static ModelConstants constants(JsonNode s, String where) {
    return new ModelConstants(require(s, "m_sigma", where).asDouble(), require(s, "m_omega", where).asDouble(),
        require(s, "m_rho", where).asDouble(), require(s, "nucleon_mass", where).asDouble());
  }

  private static JsonNode require(JsonNode node, String key, String where) {
    JsonNode v = node == null ? null : node.get(key);
    if (v == null || v.isNull()) {
      throw new InvalidParameterException(where + " " + key, "nothing", "the key written by nml:generate");
    }
    return v;
  }
}

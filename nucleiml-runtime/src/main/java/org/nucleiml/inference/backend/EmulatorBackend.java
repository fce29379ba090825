package org.nucleiml.inference.backend;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.emulator.Emulator;
import org.nucleiml.emulator.EmulatorArtifact;
import org.nucleiml.files.ContentHash;
import org.nucleiml.inference.Observable;
import org.nucleiml.inference.Prediction;
import org.nucleiml.inference.Target;
import org.nucleiml.inference.WalkerState;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.matter.CouplingInverter;

/**
 * The emulator as a posterior model: one batched network pass per half-ensemble. A point's
 * admissibility is the smallest classifier probability over the constrained nuclei, because the
 * solver's point is admissible only when every nucleus is; points without couplings get 0 exactly.
 */
public final class EmulatorBackend implements StudyBackend {

  /** The backend's name in logs and outputs. */
  public static final String NAME = "emulator";

  private final Emulator emulator;
  private final String descriptorSha256;
  private final Emulator.Workspace workspace;

  /**
   * @param emulator the emulator, with the coupling filter it should apply
   * @param descriptorSha256 the SHA-256 of its descriptor, which pins every network file by hash
   */
  public EmulatorBackend(Emulator emulator, String descriptorSha256) {
    this.emulator = emulator;
    this.descriptorSha256 = descriptorSha256;
    // BATCHED: only the sampler's calling thread uses the backend, so one workspace suffices.
    this.workspace = emulator.newWorkspace();
  }

  /** Loads an emulator directory or zip and applies the exact no-couplings filter of its data set's masses. */
  public static EmulatorBackend load(Path directoryOrZip) throws IOException {
    EmulatorArtifact artifact = EmulatorArtifact.load(directoryOrZip);
    ModelConstants constants = constants(artifact.descriptor());
    Emulator emulator = artifact.emulator()
        .withCouplingFilter(nmp -> CouplingInverter.invert(nmp, constants).hasCouplings());
    return new EmulatorBackend(emulator, ContentHash.ofText(artifact.descriptor().toString()));
  }

  // Couplings exist or not depending on the nucleon mass only, so the training data's masses decide.
  static ModelConstants constants(JsonNode descriptor) {
    JsonNode s = descriptor.path("training").path("dataset").path("manifest").path("solver");
    if (!s.has("nucleon_mass")) {
      return ModelConstants.STUDY;
    }
    return new ModelConstants(s.path("m_sigma").asDouble(), s.path("m_omega").asDouble(),
        s.path("m_rho").asDouble(), s.path("nucleon_mass").asDouble());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Threading threading() {
    return Threading.BATCHED;
  }

  @Override
  public Map<String, String> identity() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("backend", NAME);
    m.put("emulator_descriptor_sha256", descriptorSha256);
    m.put("runtime_version", RuntimeVersion.fingerprint());
    return m;
  }

  @Override
  public Prediction[] evaluate(List<Target> targets, double[][] points, WalkerState[] states) {
    NucleusRows rows = NucleusRows.of(targets);
    int count = points.length * rows.size();
    double[] nmp = new double[7 * count];
    int[] z = new int[count];
    int[] n = new int[count];
    for (int i = 0; i < points.length; i++) {
      for (int j = 0; j < rows.size(); j++) {
        int r = i * rows.size() + j;
        System.arraycopy(points[i], 0, nmp, 7 * r, 7);
        z[r] = rows.nucleus(j).z();
        n[r] = rows.nucleus(j).n();
      }
    }
    double[] p = new double[count];
    double[] be = new double[count];
    double[] rch = new double[count];
    emulator.predict(nmp, z, n, count, p, be, rch, workspace);
    return predictions(targets, rows, points.length, p, be, rch);
  }

  private static Prediction[] predictions(List<Target> targets, NucleusRows rows, int points, double[] p,
      double[] be, double[] rch) {
    Prediction[] out = new Prediction[points];
    for (int i = 0; i < points; i++) {
      double admissibility = 1;
      for (int j = 0; j < rows.size(); j++) {
        admissibility = Math.min(admissibility, p[i * rows.size() + j]);
      }
      double[] values = new double[targets.size()];
      for (int t = 0; t < values.length; t++) {
        int r = i * rows.size() + rows.row(t);
        values[t] = targets.get(t).observable() == Observable.BINDING_ENERGY ? be[r] : rch[r];
      }
      out[i] = new Prediction(admissibility, values);
    }
    return out;
  }
}

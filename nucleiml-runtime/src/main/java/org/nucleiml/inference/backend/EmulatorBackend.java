package org.nucleiml.inference.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.emulator.Emulator;
import org.nucleiml.emulator.ExactCouplingFilter;
import org.nucleiml.emulator.EmulatorArtifact;
import org.nucleiml.emulator.EmulatorDomain;
import org.nucleiml.files.ContentHash;
import org.nucleiml.data.Observable;
import org.nucleiml.inference.Prediction;
import org.nucleiml.inference.Prior;
import org.nucleiml.inference.Target;
import org.nucleiml.inference.WalkerState;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * The emulator as a posterior model: one batched network pass per half-ensemble. A point's
 * admissibility is the smallest classifier probability over the constrained nuclei, because the
 * solver's point is admissible only when every nucleus is; points without couplings get 0 exactly.
 */
public final class EmulatorBackend implements StudyBackend {

  /** The backend's name in logs and outputs. */
  public static final String NAME = "emulator";

  private final Emulator emulator;
  private final EmulatorDomain domain;
  private final Predicate<NuclearMatterParameters> hasCouplings;
  private final String descriptorSha256;
  private final Threading threading;
  // one workspace per thread: CHUNKED calls arrive concurrently, BATCHED ones from one thread
  private final ThreadLocal<Emulator.Workspace> workspaces;

  /**
   * @param emulator the emulator, without a coupling filter of its own
   * @param domain the nuclei and box it was trained on
   * @param hasCouplings the exact no-couplings filter applied once per point, or null for none
   * @param descriptorSha256 the SHA-256 of its descriptor, which pins every network file by hash
   * @param threading BATCHED (one pass per half-ensemble) or CHUNKED (one pass per thread's share)
   */
  public EmulatorBackend(Emulator emulator, EmulatorDomain domain, Predicate<NuclearMatterParameters> hasCouplings,
      String descriptorSha256, Threading threading) {
    if (threading == Threading.PER_POINT) {
      throw new InvalidParameterException("emulator threading", threading, "BATCHED or CHUNKED");
    }
    this.emulator = emulator;
    this.domain = java.util.Objects.requireNonNull(domain, "domain");
    this.hasCouplings = hasCouplings;
    this.descriptorSha256 = descriptorSha256;
    this.threading = threading;
    this.workspaces = ThreadLocal.withInitial(emulator::newWorkspace);
  }

  /** Loads an emulator directory or zip, batched, with the exact no-couplings filter of its data set's masses. */
  public static EmulatorBackend load(Path directoryOrZip) throws IOException {
    return load(directoryOrZip, Threading.BATCHED);
  }

  /** Loads an emulator directory or zip with the given threading. */
  public static EmulatorBackend load(Path directoryOrZip, Threading threading) throws IOException {
    EmulatorArtifact artifact = EmulatorArtifact.load(directoryOrZip);
    return new EmulatorBackend(artifact.emulator(), artifact.domain(), ExactCouplingFilter.forEmulator(artifact.descriptor()),
        ContentHash.ofText(artifact.descriptor().toString()), threading);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Threading threading() {
    return threading;
  }

  /** The nuclei and box the emulator was trained on. */
  public EmulatorDomain domain() {
    return domain;
  }

  /** Untrained constrained nuclei, and prior support reaching outside the trained box. */
  @Override
  public List<String> outsideDomain(List<Target> targets, Prior prior) {
    Map<String, double[]> ranges = new LinkedHashMap<>();
    for (int i = 0; i < prior.dimension(); i++) {
      ranges.put(prior.names().get(i), prior.support(i));
    }
    return domain.outside(targets.stream().map(Target::nucleus).toList(), ranges);
  }

  @Override
  public boolean predictsUncertainty() {
    return emulator.hasUncertainty();
  }

  @Override
  public Map<String, String> identity() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("backend", NAME);
    m.put("emulator_descriptor_sha256", descriptorSha256);
    m.put("coupling_filter", String.valueOf(hasCouplings != null));
    m.put("runtime_version", RuntimeVersion.fingerprint());
    return m;
  }

  @Override
  public Prediction[] evaluate(List<Target> targets, double[][] points, WalkerState[] states) {
    Prediction[] out = new Prediction[points.length];
    // The filter runs once per point (not once per nucleus row, as the classifier's would), and
    // points without couplings skip the networks: 0 is their exact admissibility.
    int[] kept = new int[points.length];
    int count = 0;
    for (int i = 0; i < points.length; i++) {
      if (couplingsExist(points[i])) {
        kept[count++] = i;
      } else {
        out[i] = Prediction.inadmissible(targets.size());
      }
    }
    predict(targets, points, kept, count, out);
    return out;
  }

  private boolean couplingsExist(double[] point) {
    if (hasCouplings == null) {
      return true;
    }
    try {
      return hasCouplings.test(NuclearMatterParameters.fromArray(point));
    } catch (IllegalArgumentException e) {
      // a prior box reaching outside the physical NMP ranges (e.g. m*/m >= 1): no couplings there
      return false;
    }
  }

  private void predict(List<Target> targets, double[][] points, int[] kept, int kept0, Prediction[] out) {
    NucleusRows rows = NucleusRows.of(targets);
    int count = kept0 * rows.size();
    double[] nmp = new double[7 * count];
    int[] z = new int[count];
    int[] n = new int[count];
    for (int k = 0; k < kept0; k++) {
      for (int j = 0; j < rows.size(); j++) {
        int r = k * rows.size() + j;
        System.arraycopy(points[kept[k]], 0, nmp, 7 * r, 7);
        z[r] = rows.nucleus(j).z();
        n[r] = rows.nucleus(j).n();
      }
    }
    double[] p = new double[count];
    double[] be = new double[count];
    double[] rch = new double[count];
    double[][] sigma = emulator.hasUncertainty() ? new double[2][count] : null;
    emulator.predict(nmp, z, n, count, p, be, rch, sigma == null ? null : sigma[0], sigma == null ? null : sigma[1],
        workspaces.get());
    for (int k = 0; k < kept0; k++) {
      out[kept[k]] = prediction(targets, rows, k, p, be, rch, sigma);
    }
  }

  /** Admissibility: the smallest probability over the nuclei; values (and sigmas, if any) in target order. */
  private static Prediction prediction(List<Target> targets, NucleusRows rows, int k, double[] p, double[] be,
      double[] rch, double[][] sigma) {
    double admissibility = 1;
    for (int j = 0; j < rows.size(); j++) {
      admissibility = Math.min(admissibility, p[k * rows.size() + j]);
    }
    double[] values = new double[targets.size()];
    double[] sigmas = sigma == null ? null : new double[targets.size()];
    for (int t = 0; t < values.length; t++) {
      int r = k * rows.size() + rows.row(t);
      boolean be0 = targets.get(t).observable() == Observable.BINDING_ENERGY;
      values[t] = be0 ? be[r] : rch[r];
      if (sigmas != null) {
        sigmas[t] = sigma[be0 ? 0 : 1][r];
      }
    }
    return new Prediction(admissibility, values, sigmas);
  }
}

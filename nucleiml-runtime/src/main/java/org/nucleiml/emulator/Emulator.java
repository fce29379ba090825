package org.nucleiml.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;

/**
 * The trained emulator: admissibility probability, binding energy and charge radius of a nucleus for
 * a set of NMPs, in microseconds instead of the RMF solver's seconds.
 *
 * <p>Immutable and thread-safe. The batched {@link #predict(double[], int[], int[], int, double[],
 * double[], double[], Workspace)} allocates nothing; give each thread its own {@link Workspace}.
 */
public final class Emulator {

  private final FeatureSet features;
  private final AdmissibilityClassifier classifier;
  private final List<RegressionHead> regressors;
  private final int outputWidth;
  private final int scratchLength;

  Emulator(FeatureSet features, AdmissibilityClassifier classifier, List<RegressionHead> regressors) {
    this.features = features;
    this.classifier = classifier;
    this.regressors = List.copyOf(regressors);
    int out = classifier.head().network().outputWidth();
    int scratch = classifier.head().network().scratchLength();
    for (RegressionHead r : regressors) {
      out = Math.max(out, r.head().network().outputWidth());
      scratch = Math.max(scratch, r.head().network().scratchLength());
    }
    this.outputWidth = out;
    this.scratchLength = scratch;
  }

  /** Loads an emulator artifact: its directory or its zip. */
  public static Emulator load(Path directoryOrZip) throws IOException {
    return EmulatorArtifact.load(directoryOrZip).emulator();
  }

  /**
   * The same emulator with an exact pre-filter: NMPs for which {@code hasCouplings} is false are
   * non-admissible with probability 1 (null removes it). Use the filter the classifier was trained with.
   */
  public Emulator withCouplingFilter(Predicate<NuclearMatterParameters> hasCouplings) {
    return new Emulator(features, classifier.withCouplingFilter(hasCouplings), regressors);
  }

  /** The input features. */
  public FeatureSet features() {
    return features;
  }

  /** The admissibility gate. */
  public AdmissibilityClassifier classifier() {
    return classifier;
  }

  /** A new per-thread workspace for the batched path. */
  public Workspace newWorkspace() {
    return new Workspace(features.width(), outputWidth, scratchLength);
  }

  /** Predicts one (NMP set, nucleus); allocates a workspace, use the batched path in hot loops. */
  public EmulatorPrediction predict(NuclearMatterParameters nmp, Nucleus nucleus) {
    double[] p = new double[1];
    double[] be = new double[1];
    double[] rch = new double[1];
    predict(nmp.toArray(), new int[] {nucleus.z()}, new int[] {nucleus.n()}, 1, p, be, rch, newWorkspace());
    return new EmulatorPrediction(p[0], be[0], rch[0]);
  }

  /**
   * Predicts {@code count} rows without allocating.
   *
   * @param nmpRows count x 7 NMPs, row-major, in the order of {@link NuclearMatterParameters#NAMES}
   * @param z proton numbers, one per row
   * @param n neutron numbers, one per row
   * @param outProbability receives the admissibility probabilities
   * @param outBe receives binding energies, MeV
   * @param outRch receives charge radii, fm
   * @param ws this thread's workspace
   */
  public void predict(double[] nmpRows, int[] z, int[] n, int count, double[] outProbability, double[] outBe,
      double[] outRch, Workspace ws) {
    checkBatch(nmpRows, z, n, count, outProbability, outBe, outRch);
    for (int r = 0; r < count; r++) {
      features.compute(nmpRows, 7 * r, z[r], n[r], ws.features, 0);
      outProbability[r] = classifier.probability(nmpRows, 7 * r, ws.features, ws.input, ws.scratch, ws.out);
      for (RegressionHead head : regressors) {
        head.run(ws.features, z[r], n[r], ws.input, ws.scratch, ws.out, ws.affine, ws.values);
      }
      outBe[r] = ws.values[0];
      outRch[r] = ws.values[1];
    }
  }

  private static void checkBatch(double[] nmpRows, int[] z, int[] n, int count, double[] p, double[] be,
      double[] rch) {
    if (count < 0 || nmpRows.length < 7 * count || z.length < count || n.length < count || p.length < count
        || be.length < count || rch.length < count) {
      throw new InvalidParameterException("count", count, "at most the rows every array holds");
    }
  }

  /** Per-thread buffers of the batched path. */
  public static final class Workspace {
    private final double[] features;
    private final double[] input;
    private final double[] out;
    private final double[] scratch;
    private final double[] affine = new double[2];
    private final double[] values = new double[2];

    private Workspace(int featureWidth, int outputWidth, int scratchLength) {
      this.features = new double[featureWidth];
      this.input = new double[featureWidth];
      this.out = new double[outputWidth];
      this.scratch = new double[scratchLength];
    }
  }
}

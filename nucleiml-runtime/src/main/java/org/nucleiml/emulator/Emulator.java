package org.nucleiml.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;
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

  /** Rows per block of the batched path: the pre-filter and nucleus lookups run per block. */
  static final int BLOCK = 16;

  private final FeatureSet features;
  private final AdmissibilityClassifier classifier;
  private final List<RegressionHead> regressors;
  private final RegressionHead[] regressorArray;
  private final int outputWidth;
  private final int scratchWidth;
  private final ThreadLocal<Workspace> singleWorkspace = ThreadLocal.withInitial(this::newWorkspace);

  Emulator(FeatureSet features, AdmissibilityClassifier classifier, List<RegressionHead> regressors) {
    this.features = features;
    this.classifier = classifier;
    this.regressors = List.copyOf(regressors);
    this.regressorArray = regressors.toArray(RegressionHead[]::new);
    int out = classifier.head().network().outputWidth();
    int scratch = classifier.head().network().maxWidth();
    for (RegressionHead r : regressors) {
      out = Math.max(out, r.head().network().outputWidth());
      scratch = Math.max(scratch, r.head().network().maxWidth());
    }
    this.outputWidth = out;
    this.scratchWidth = scratch;
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
    return new Workspace(features, outputWidth, scratchWidth);
  }

  /**
   * Predicts one (NMP set, nucleus). Uses a per-thread workspace; the batched path is faster for
   * many rows.
   */
  public EmulatorPrediction predict(NuclearMatterParameters nmp, Nucleus nucleus) {
    Workspace ws = singleWorkspace.get();
    ws.z[0] = nucleus.z();
    ws.n[0] = nucleus.n();
    predictBlock(nmp.toArray(), ws.z, ws.n, 0, 1, ws.probability, ws.be, ws.rch, ws);
    return new EmulatorPrediction(ws.probability[0], ws.be[0], ws.rch[0]);
  }

  /**
   * Predicts {@code count} rows without allocating. Rows the exact pre-filter rejects get
   * probability 0 and NaN binding energy and radius (no couplings, so no solution exists); the
   * regressor is not run for them.
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
    for (int start = 0; start < count; start += BLOCK) {
      predictBlock(nmpRows, z, n, start, Math.min(BLOCK, count - start), outProbability, outBe, outRch, ws);
    }
  }

  /** Gathers the rows the pre-filter lets through, then runs each network once for all of them. */
  private void predictBlock(double[] nmpRows, int[] z, int[] n, int start, int rows, double[] p, double[] be,
      double[] rch, Workspace ws) {
    int width = features.width();
    int nucleusWidth = features.nucleusWidth();
    int kept = 0;
    for (int r = start; r < start + rows; r++) {
      if (!classifier.passes(nmpRows, 7 * r)) {
        p[r] = 0.0;
        be[r] = Double.NaN;
        rch[r] = Double.NaN;
        continue;
      }
      int slot = ws.nuclei.slot(z[r], n[r], this);
      System.arraycopy(nmpRows, 7 * r, ws.features, kept * width, 7);
      System.arraycopy(ws.nuclei.features(), slot * nucleusWidth, ws.features, kept * width + 7, nucleusWidth);
      ws.targetRow[kept] = r;
      ws.nucleusSlot[kept] = slot;
      kept++;
    }
    classifier.probabilities(ws.features, width, kept, ws.input, ws.scratch, ws.out, ws.targetRow, p);
    for (RegressionHead head : regressorArray) {
      head.runRows(ws.features, width, kept, ws.input, ws.scratch, ws.out, ws.nucleusSlot, ws.nuclei.affine(),
          ws.targetRow, be, rch);
    }
  }

  /** Fills a {@link NucleusCache} entry: the nucleus features and every regressor's offsets and scales. */
  void fillNucleus(int z, int n, double[] featureOut, int featureOffset, double[] affineOut, int affineOffset) {
    features.computeNucleus(z, n, featureOut, featureOffset);
    for (RegressionHead head : regressorArray) {
      head.affine(z, n, affineOut, affineOffset);
    }
  }

  private static void checkBatch(double[] nmpRows, int[] z, int[] n, int count, double[] p, double[] be,
      double[] rch) {
    if (count < 0 || nmpRows.length < 7 * count || z.length < count || n.length < count || p.length < count
        || be.length < count || rch.length < count) {
      throw new InvalidParameterException("count", count, "at most the rows every array holds");
    }
  }

  /** Per-thread buffers of the batched path, sized for one block of rows. */
  public static final class Workspace {
    private final double[] features;
    private final double[] input;
    private final double[] out;
    private final FeedForwardNetwork.Scratch scratch;
    private final int[] targetRow = new int[BLOCK];
    private final int[] nucleusSlot = new int[BLOCK];
    private final NucleusCache nuclei;
    // Buffers of the single-prediction path.
    private final int[] z = new int[1];
    private final int[] n = new int[1];
    private final double[] probability = new double[1];
    private final double[] be = new double[1];
    private final double[] rch = new double[1];

    private Workspace(FeatureSet featureSet, int outputWidth, int scratchWidth) {
      this.features = new double[BLOCK * featureSet.width()];
      this.input = new double[BLOCK * featureSet.width()];
      this.out = new double[BLOCK * outputWidth];
      this.scratch = new FeedForwardNetwork.Scratch(scratchWidth);
      this.nuclei = new NucleusCache(featureSet.nucleusWidth());
    }
  }
}

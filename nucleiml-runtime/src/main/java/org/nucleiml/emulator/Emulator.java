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
 *
 * <p>An ensemble of M regressor members predicts the mean over members and, as its uncertainty, their
 * sample standard deviation (divisor M - 1) times the square root of the variance scale of the output
 * and nucleus ({@link VarianceScale}: calibrated on the validation split, or 1). One member predicts
 * exactly what that network gives, with uncertainty 0.
 */
public final class Emulator {

  /** Rows per block of the batched path: the pre-filter and nucleus lookups run per block. */
  static final int BLOCK = 16;

  private final FeatureSet features;
  private final AdmissibilityClassifier classifier;
  private final List<RegressionHead> regressors;
  private final RegressionHead[] regressorArray;
  private final List<List<RegressionHead>> members;
  private final RegressionHead[][] memberArray;
  private final VarianceScale varianceScale;
  private final int outputWidth;
  private final int scratchWidth;
  private final ThreadLocal<Workspace> singleWorkspace = ThreadLocal.withInitial(this::newWorkspace);

  Emulator(FeatureSet features, AdmissibilityClassifier classifier, List<RegressionHead> regressors) {
    this(features, classifier, List.of(regressors), VarianceScale.NONE);
  }

  /**
   * @param members the regressor members, each with the same target groups and target scalers
   * @param varianceScale per output (binding energy, charge radius) and nucleus, multiplies the members' variance
   */
  Emulator(FeatureSet features, AdmissibilityClassifier classifier, List<List<RegressionHead>> members,
      VarianceScale varianceScale) {
    this.features = features;
    this.classifier = classifier;
    this.members = members.stream().map(List::copyOf).toList();
    this.regressors = this.members.get(0);
    this.regressorArray = regressors.toArray(RegressionHead[]::new);
    this.memberArray = new RegressionHead[this.members.size()][];
    for (int m = 0; m < memberArray.length; m++) {
      memberArray[m] = this.members.get(m).toArray(RegressionHead[]::new);
      checkMember(m, memberArray[m]);
    }
    this.varianceScale = varianceScale;
    int out = classifier.head().network().outputWidth();
    int scratch = classifier.head().network().maxWidth();
    for (RegressionHead[] member : memberArray) {
      // members may differ in their hidden layers: the buffers fit the widest
      for (RegressionHead r : member) {
        out = Math.max(out, r.head().network().outputWidth());
        scratch = Math.max(scratch, r.head().network().maxWidth());
      }
    }
    this.outputWidth = out;
    this.scratchWidth = scratch;
  }

  // Members share the nucleus cache's offsets and scales, so their target scalers must be the same.
  private void checkMember(int m, RegressionHead[] heads) {
    boolean same = heads.length == regressorArray.length;
    for (int h = 0; same && h < heads.length; h++) {
      same = heads[h].targets().equals(regressorArray[h].targets());
    }
    if (!same) {
      throw new InvalidParameterException("regressor member " + m, "other targets or target scalers than member 0",
          "members trained on the same split with the same targets");
    }
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
    return new Emulator(features, classifier.withCouplingFilter(hasCouplings), members, varianceScale);
  }

  /** The same emulator with other variance scales. */
  Emulator withVarianceScale(VarianceScale scale) {
    return new Emulator(features, classifier, members, scale);
  }

  /** The number of regressor members M (1: a single network, no uncertainty). */
  public int ensembleSize() {
    return memberArray.length;
  }

  /** Whether predictions carry an uncertainty (an ensemble of at least two members). */
  public boolean hasUncertainty() {
    return memberArray.length > 1;
  }

  /**
   * The global variance scale of each output (binding energy, charge radius); 1 without calibration. With
   * a per-nucleus calibration, the factor of the nuclei the calibration did not see.
   */
  public double[] varianceScale() {
    return varianceScale.globalArray();
  }

  /** The variance calibration: method, global and per-nucleus factors. */
  public VarianceScale variance() {
    return varianceScale;
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
    return new Workspace(features, outputWidth, scratchWidth, memberArray.length);
  }

  /**
   * Predicts one (NMP set, nucleus). Uses a per-thread workspace; the batched path is faster for
   * many rows.
   */
  public EmulatorPrediction predict(NuclearMatterParameters nmp, Nucleus nucleus) {
    Workspace ws = singleWorkspace.get();
    ws.z[0] = nucleus.z();
    ws.n[0] = nucleus.n();
    predictBlock(nmp.toArray(), ws.z, ws.n, 0, 1, ws.probability, ws.be, ws.rch, ws.sigmaBe, ws.sigmaRch, ws);
    return new EmulatorPrediction(ws.probability[0], ws.be[0], ws.rch[0], ws.sigmaBe[0], ws.sigmaRch[0]);
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
    predict(nmpRows, z, n, count, outProbability, outBe, outRch, null, null, ws);
  }

  /**
   * Predicts {@code count} rows with their uncertainty, without allocating: as
   * {@link #predict(double[], int[], int[], int, double[], double[], double[], Workspace)}, and
   * {@code outSigmaBe} and {@code outSigmaRch} receive the members' (scaled) standard deviation: 0 for
   * a single network, NaN where the pre-filter rejects the row. Either may be null when not wanted.
   */
  public void predict(double[] nmpRows, int[] z, int[] n, int count, double[] outProbability, double[] outBe,
      double[] outRch, double[] outSigmaBe, double[] outSigmaRch, Workspace ws) {
    checkBatch(nmpRows, z, n, count, outProbability, outBe, outRch);
    if ((outSigmaBe != null && outSigmaBe.length < count) || (outSigmaRch != null && outSigmaRch.length < count)) {
      throw new InvalidParameterException("count", count, "at most the rows every array holds");
    }
    for (int start = 0; start < count; start += BLOCK) {
      predictBlock(nmpRows, z, n, start, Math.min(BLOCK, count - start), outProbability, outBe, outRch,
          outSigmaBe, outSigmaRch, ws);
    }
  }

  /** Gathers the rows the pre-filter lets through, then runs each network once for all of them. */
  private void predictBlock(double[] nmpRows, int[] z, int[] n, int start, int rows, double[] p, double[] be,
      double[] rch, double[] sigmaBe, double[] sigmaRch, Workspace ws) {
    int width = features.width();
    int nucleusWidth = features.nucleusWidth();
    int kept = 0;
    for (int r = start; r < start + rows; r++) {
      if (!classifier.passes(nmpRows, 7 * r)) {
        p[r] = 0.0;
        be[r] = Double.NaN;
        rch[r] = Double.NaN;
        setIfWanted(sigmaBe, r, Double.NaN);
        setIfWanted(sigmaRch, r, Double.NaN);
        continue;
      }
      int slot = ws.nuclei.slot(z[r], n[r], this);
      System.arraycopy(nmpRows, 7 * r, ws.features, kept * width, 7);
      System.arraycopy(ws.nuclei.features(), slot * nucleusWidth, ws.features, kept * width + 7, nucleusWidth);
      // The row keeps its own copy of the nucleus's offsets and scales: a later row of this block may
      // evict the cache slot (more distinct nuclei than the cache holds), and the networks run after the loop.
      System.arraycopy(ws.nuclei.affine(), slot * NucleusCache.AFFINE_WIDTH, ws.rowAffine,
          kept * NucleusCache.AFFINE_WIDTH, NucleusCache.AFFINE_WIDTH);
      ws.targetRow[kept] = r;
      kept++;
    }
    classifier.probabilities(ws.features, width, kept, ws.input, ws.scratch, ws.out, ws.targetRow, p);
    if (memberArray.length == 1) {
      // a single network: exactly the arithmetic of the emulator before ensembles
      for (RegressionHead head : regressorArray) {
        head.runRows(ws.features, width, kept, ws.input, ws.scratch, ws.out, Workspace.IDENTITY, ws.rowAffine,
            ws.targetRow, be, rch);
      }
      for (int k = 0; k < kept; k++) {
        setIfWanted(sigmaBe, ws.targetRow[k], 0.0);
        setIfWanted(sigmaRch, ws.targetRow[k], 0.0);
      }
      return;
    }
    for (int m = 0; m < memberArray.length; m++) {
      for (RegressionHead head : memberArray[m]) {
        head.runRows(ws.features, width, kept, ws.input, ws.scratch, ws.out, Workspace.IDENTITY, ws.rowAffine,
            Workspace.IDENTITY, ws.memberBe[m], ws.memberRch[m]);
      }
    }
    for (int k = 0; k < kept; k++) {
      int r = ws.targetRow[k];
      int a = k * NucleusCache.AFFINE_WIDTH + NucleusCache.SIGMA_SCALE;
      be[r] = combine(ws.memberBe, k, ws.rowAffine[a], sigmaBe, r);
      rch[r] = combine(ws.memberRch, k, ws.rowAffine[a + 1], sigmaRch, r);
    }
  }

  /**
   * The mean over members of row k (summed in member order, so the same bits everywhere) and, into
   * {@code sigma[r]} when wanted, the sample standard deviation times the square root of the variance scale
   * of the output and the row's nucleus.
   */
  private static double combine(double[][] memberValues, int k, double sigmaScale, double[] sigma, int r) {
    int count = memberValues.length;
    double sum = 0;
    for (int m = 0; m < count; m++) {
      sum += memberValues[m][k];
    }
    double mean = sum / count;
    if (sigma != null) {
      double squares = 0;
      for (int m = 0; m < count; m++) {
        double d = memberValues[m][k] - mean;
        squares += d * d;
      }
      sigma[r] = Math.sqrt(squares / (count - 1)) * sigmaScale;
    }
    return mean;
  }

  private static void setIfWanted(double[] out, int r, double value) {
    if (out != null) {
      out[r] = value;
    }
  }

  /**
   * Fills a {@link NucleusCache} entry: the nucleus features, every regressor's offsets and scales, and the
   * square roots of the nucleus' variance scales.
   */
  void fillNucleus(int z, int n, double[] featureOut, int featureOffset, double[] affineOut, int affineOffset) {
    features.computeNucleus(z, n, featureOut, featureOffset);
    for (RegressionHead head : regressorArray) {
      head.affine(z, n, affineOut, affineOffset);
    }
    for (int k = 0; k < 2; k++) {
      affineOut[affineOffset + NucleusCache.SIGMA_SCALE + k] = Math.sqrt(varianceScale.factor(z, n, k));
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
    /** Row k of a block goes to slot k of the members' buffers. */
    private static final int[] IDENTITY = java.util.stream.IntStream.range(0, BLOCK).toArray();
    private final double[] features;
    private final double[] input;
    private final double[] out;
    private final FeedForwardNetwork.Scratch scratch;
    private final int[] targetRow = new int[BLOCK];
    /** Offsets, scales and sigma scales of each kept row's nucleus, row k at {@code NucleusCache.AFFINE_WIDTH * k}. */
    private final double[] rowAffine = new double[BLOCK * NucleusCache.AFFINE_WIDTH];
    private final NucleusCache nuclei;
    // Buffers of the single-prediction path.
    private final int[] z = new int[1];
    private final int[] n = new int[1];
    private final double[] probability = new double[1];
    private final double[] be = new double[1];
    private final double[] rch = new double[1];
    private final double[] sigmaBe = new double[1];
    private final double[] sigmaRch = new double[1];
    // Each member's values for the rows of one block (ensembles only).
    private final double[][] memberBe;
    private final double[][] memberRch;

    private Workspace(FeatureSet featureSet, int outputWidth, int scratchWidth, int members) {
      this.memberBe = new double[members > 1 ? members : 0][BLOCK];
      this.memberRch = new double[members > 1 ? members : 0][BLOCK];
      this.features = new double[BLOCK * featureSet.width()];
      this.input = new double[BLOCK * featureSet.width()];
      this.out = new double[BLOCK * outputWidth];
      this.scratch = new FeedForwardNetwork.Scratch(scratchWidth);
      this.nuclei = new NucleusCache(featureSet.nucleusWidth());
    }
  }
}

package org.nucleiml.emulator.network;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.nucleiml.InvalidParameterException;

/**
 * An immutable fully connected network with one {@link Activation} per hidden layer (ReLU unless
 * given) and a linear output layer, all parameters in one flat array.
 *
 * <p>Layout, layer by layer: the weights of layer l stored input-major ({@code w[i * out + o]}), so
 * the inner loop of a layer is an axpy over the outputs that the JIT vectorises, then its biases.
 */
public final class FeedForwardNetwork {

  private final int[] sizes;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final double[] parameters;
  private final int maxWidth;
  private final Activation[] hidden;

  /**
   * A network with ReLU hidden layers (the emulator's).
   *
   * @param sizes The layer widths, input first, output last; at least two, each >= 1.
   * @param parameters The flat parameters in this class's layout; copied.
   */
  public FeedForwardNetwork(int[] sizes, double[] parameters) {
    this(sizes, allRelu(sizes), parameters);
  }

  /**
   * @param sizes The layer widths, input first, output last; at least two, each >= 1.
   * @param hiddenActivations The activation of each hidden layer, one per width between the first and last.
   * @param parameters The flat parameters in this class's layout; copied.
   */
  public FeedForwardNetwork(int[] sizes, List<Activation> hiddenActivations, double[] parameters) {
    this.sizes = checkSizes(sizes);
    this.hidden = checkActivations(sizes, hiddenActivations);
    this.weightOffsets = new int[sizes.length - 1];
    this.biasOffsets = new int[sizes.length - 1];
    int offset = 0;
    for (int l = 0; l < sizes.length - 1; l++) {
      weightOffsets[l] = offset;
      biasOffsets[l] = offset + sizes[l] * sizes[l + 1];
      offset = biasOffsets[l] + sizes[l + 1];
    }
    if (parameters.length != offset) {
      throw new InvalidParameterException("parameters", parameters.length + " values", offset + " values");
    }
    this.parameters = parameters.clone();
    this.maxWidth = Arrays.stream(sizes).max().orElseThrow();
  }

  /**
   * A new ReLU network with He-normal hidden weights, a Glorot-uniform output layer and zero biases,
   * drawn from {@code random} ({@link Initialisation#HE_NORMAL}).
   */
  public static FeedForwardNetwork initialise(int[] sizes, SplittableRandom random) {
    return new FeedForwardNetwork(sizes, Initialisation.HE_NORMAL.draw(checkSizes(sizes), random));
  }

  /** A new network with the given hidden activations and parameters drawn by {@code init} from {@code random}. */
  public static FeedForwardNetwork initialise(int[] sizes, List<Activation> hiddenActivations, Initialisation init,
      SplittableRandom random) {
    return new FeedForwardNetwork(sizes, hiddenActivations, init.draw(checkSizes(sizes), random));
  }

  /** The number of parameters of a network with these layer widths. */
  public static int parameterCount(int[] sizes) {
    int count = 0;
    for (int l = 0; l < sizes.length - 1; l++) {
      count += sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    return count;
  }

  /** The activation of each hidden layer, first hidden layer first. */
  public List<Activation> hiddenActivations() {
    return List.of(hidden);
  }

  /** Layer widths, input first. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** A copy of the flat parameters. */
  public double[] parameters() {
    return parameters.clone();
  }

  /** Input width. */
  public int inputWidth() {
    return sizes[0];
  }

  /** Output width. */
  public int outputWidth() {
    return sizes[sizes.length - 1];
  }

  /** A new per-thread scratch for {@link #forward} and {@link #forwardRows} of this network. */
  public Scratch newScratch() {
    return new Scratch(maxWidth);
  }

  /**
   * Computes the outputs (linear, no softmax) for one input row without allocating.
   *
   * @param scratch from {@link #newScratch()} or at least as wide as this network, owned by the calling thread
   */
  public void forward(double[] input, int inputOffset, double[] output, int outputOffset, Scratch scratch) {
    forward(parameters, input, inputOffset, output, outputOffset, scratch);
  }

  /**
   * Computes the outputs of {@code rows} input rows (row-major, {@link #inputWidth()} values each) into
   * {@code output} (row-major), without allocating; row r gives exactly {@link #forward} of row r.
   *
   * <p>Row by row on purpose: {@link #dense} skips inactive ReLUs (about half the hidden work), and
   * their pattern differs from row to row.
   *
   * @param scratch from {@link #newScratch()} or at least as wide as this network, owned by the calling thread
   */
  public void forwardRows(double[] input, int rows, double[] output, Scratch scratch) {
    int in = inputWidth();
    int out = outputWidth();
    for (int r = 0; r < rows; r++) {
      forward(parameters, input, r * in, output, r * out, scratch);
    }
  }

  /** As {@link #forward(double[], int, double[], int, Scratch)} with other parameters (training). */
  void forward(double[] p, double[] input, int inputOffset, double[] output, int outputOffset, Scratch scratch) {
    checkScratch(scratch);
    double[] in = input;
    int inOff = inputOffset;
    int layers = sizes.length - 1;
    for (int l = 0; l < layers; l++) {
      boolean last = l == layers - 1;
      double[] out = last ? output : scratch.layers;
      int outOff = last ? outputOffset : (l % 2) * scratch.width;
      if (last || hidden[l].kind() == Activation.Kind.RELU) {
        dense(p, l, in, inOff, out, outOff, !last, scratch);
      } else {
        dense(p, l, in, inOff, out, outOff, false, scratch);
        Activation act = hidden[l];
        for (int o = outOff; o < outOff + sizes[l + 1]; o++) {
          out[o] = act.apply(out[o]);
        }
      }
      in = out;
      inOff = outOff;
    }
  }

  /**
   * One dense layer, out = relu?(b + W^T in), every sum a chain of fused multiply-adds in input order.
   *
   * <p>Why it looks like this: C2 in JDK 17 does not vectorise this layer well (short loops, possible
   * aliasing), so the kernel is scalar and bound by FMA throughput and loads. Inputs equal to zero
   * (inactive ReLUs, about half) are first compacted away, which is exact and halves the work; then
   * blocks of 16 (then 8) outputs keep their sums in registers across the whole input loop, so each
   * weight is loaded once and no partial sum goes through memory. Math.fma rounds once per term:
   * deterministic on every JVM (it is specified bit for bit), and used by training and inference alike.
   */
  void dense(double[] p, int layer, double[] in, int inOff, double[] out, int outOff, boolean relu,
      Scratch scratch) {
    int nIn = sizes[layer];
    int nOut = sizes[layer + 1];
    int w = weightOffsets[layer];
    int[] rows = scratch.rows;
    double[] values = scratch.values;
    int active = 0;
    for (int i = 0; i < nIn; i++) {
      double a = in[inOff + i];
      if (a != 0.0) {
        rows[active] = w + i * nOut;
        values[active++] = a;
      }
    }
    int bias = biasOffsets[layer];
    int o = 0;
    for (; o + 16 <= nOut; o += 16) {
      block16(p, bias + o, o, rows, values, active, out, outOff + o, relu);
    }
    for (; o + 8 <= nOut; o += 8) {
      block8(p, bias + o, o, rows, values, active, out, outOff + o, relu);
    }
    for (; o < nOut; o++) {
      double s = p[bias + o];
      for (int k = 0; k < active; k++) {
        s = Math.fma(values[k], p[rows[k] + o], s);
      }
      out[outOff + o] = relu ? Math.max(s, 0.0) : s;
    }
  }

  // Sixteen named accumulators are the point: the JIT keeps them in registers.
  private static void block16(double[] p, int bias, int column, int[] rows, double[] values, int active,
      double[] out, int at, boolean relu) {
    double s0 = p[bias], s1 = p[bias + 1], s2 = p[bias + 2], s3 = p[bias + 3];
    double s4 = p[bias + 4], s5 = p[bias + 5], s6 = p[bias + 6], s7 = p[bias + 7];
    double s8 = p[bias + 8], s9 = p[bias + 9], s10 = p[bias + 10], s11 = p[bias + 11];
    double s12 = p[bias + 12], s13 = p[bias + 13], s14 = p[bias + 14], s15 = p[bias + 15];
    for (int k = 0; k < active; k++) {
      double v = values[k];
      int r = rows[k] + column;
      s0 = Math.fma(v, p[r], s0);
      s1 = Math.fma(v, p[r + 1], s1);
      s2 = Math.fma(v, p[r + 2], s2);
      s3 = Math.fma(v, p[r + 3], s3);
      s4 = Math.fma(v, p[r + 4], s4);
      s5 = Math.fma(v, p[r + 5], s5);
      s6 = Math.fma(v, p[r + 6], s6);
      s7 = Math.fma(v, p[r + 7], s7);
      s8 = Math.fma(v, p[r + 8], s8);
      s9 = Math.fma(v, p[r + 9], s9);
      s10 = Math.fma(v, p[r + 10], s10);
      s11 = Math.fma(v, p[r + 11], s11);
      s12 = Math.fma(v, p[r + 12], s12);
      s13 = Math.fma(v, p[r + 13], s13);
      s14 = Math.fma(v, p[r + 14], s14);
      s15 = Math.fma(v, p[r + 15], s15);
    }
    store(out, at, relu, s0, s1, s2, s3, s4, s5, s6, s7);
    store(out, at + 8, relu, s8, s9, s10, s11, s12, s13, s14, s15);
  }

  private static void block8(double[] p, int bias, int column, int[] rows, double[] values, int active,
      double[] out, int at, boolean relu) {
    double s0 = p[bias], s1 = p[bias + 1], s2 = p[bias + 2], s3 = p[bias + 3];
    double s4 = p[bias + 4], s5 = p[bias + 5], s6 = p[bias + 6], s7 = p[bias + 7];
    for (int k = 0; k < active; k++) {
      double v = values[k];
      int r = rows[k] + column;
      s0 = Math.fma(v, p[r], s0);
      s1 = Math.fma(v, p[r + 1], s1);
      s2 = Math.fma(v, p[r + 2], s2);
      s3 = Math.fma(v, p[r + 3], s3);
      s4 = Math.fma(v, p[r + 4], s4);
      s5 = Math.fma(v, p[r + 5], s5);
      s6 = Math.fma(v, p[r + 6], s6);
      s7 = Math.fma(v, p[r + 7], s7);
    }
    store(out, at, relu, s0, s1, s2, s3, s4, s5, s6, s7);
  }

  private static void store(double[] out, int at, boolean relu, double s0, double s1, double s2, double s3,
      double s4, double s5, double s6, double s7) {
    out[at] = relu ? Math.max(s0, 0.0) : s0;
    out[at + 1] = relu ? Math.max(s1, 0.0) : s1;
    out[at + 2] = relu ? Math.max(s2, 0.0) : s2;
    out[at + 3] = relu ? Math.max(s3, 0.0) : s3;
    out[at + 4] = relu ? Math.max(s4, 0.0) : s4;
    out[at + 5] = relu ? Math.max(s5, 0.0) : s5;
    out[at + 6] = relu ? Math.max(s6, 0.0) : s6;
    out[at + 7] = relu ? Math.max(s7, 0.0) : s7;
  }

  private void checkScratch(Scratch scratch) {
    if (scratch.width < maxWidth) {
      throw new InvalidParameterException("scratch", scratch.width + " wide", "at least " + maxWidth
          + " (this network's widest layer)");
    }
  }

  /**
   * Per-thread working memory of a forward pass: two layers of activations and the compacted
   * active inputs of the current layer. Not thread-safe; reusable across networks no wider than it.
   */
  public static final class Scratch {
    private final int width;
    private final double[] layers;
    private final double[] values;
    private final int[] rows;

    /** Scratch for networks whose widest layer has at most {@code width} units. */
    public Scratch(int width) {
      this.width = width;
      this.layers = new double[2 * width];
      this.values = new double[width];
      this.rows = new int[width];
    }

    /** The widest layer this scratch serves. */
    public int width() {
      return width;
    }
  }

  /** The activation of hidden layer {@code layer} (0 = first hidden layer). */
  Activation hiddenActivation(int layer) {
    return hidden[layer];
  }

  int layerCount() {
    return sizes.length - 1;
  }

  int width(int layer) {
    return sizes[layer];
  }

  int weightOffset(int layer) {
    return weightOffsets[layer];
  }

  int biasOffset(int layer) {
    return biasOffsets[layer];
  }

  /** The widest layer, inputs and outputs included: what a {@link Scratch} must serve. */
  public int maxWidth() {
    return maxWidth;
  }

  double[] parametersView() {
    return parameters;
  }

  /** A network of the same shape with other parameters. */
  public FeedForwardNetwork withParameters(double[] newParameters) {
    return new FeedForwardNetwork(sizes, List.of(hidden), newParameters);
  }

  private static List<Activation> allRelu(int[] sizes) {
    return Collections.nCopies(sizes == null ? 0 : Math.max(0, sizes.length - 2), Activation.RELU);
  }

  private static Activation[] checkActivations(int[] sizes, List<Activation> activations) {
    if (activations == null || activations.size() != sizes.length - 2
        || activations.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidParameterException("hidden_activations", activations,
          (sizes.length - 2) + " activations, one per hidden layer");
    }
    return activations.toArray(new Activation[0]);
  }

  private static int[] checkSizes(int[] sizes) {
    if (sizes == null || sizes.length < 2) {
      throw new InvalidParameterException("layer_sizes", sizes == null ? null : Arrays.toString(sizes),
          "at least an input and an output width");
    }
    for (int s : sizes) {
      if (s < 1) {
        throw new InvalidParameterException("layer_sizes", Arrays.toString(sizes), "widths >= 1");
      }
    }
    return sizes.clone();
  }
}

package org.nucleiml.emulator.network;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nucleiml.InvalidParameterException;

/**
 * An immutable fully connected network with ReLU hidden layers and a linear output layer, all
 * parameters in one flat array.
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

  /**
   * @param sizes The layer widths, input first, output last; at least two, each >= 1.
   * @param parameters The flat parameters in this class's layout; copied.
   */
  public FeedForwardNetwork(int[] sizes, double[] parameters) {
    this.sizes = checkSizes(sizes);
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
   * A new network with He-normal hidden weights (suited to ReLU), a Glorot-uniform output layer and
   * zero biases, drawn from {@code random}.
   */
  public static FeedForwardNetwork initialise(int[] sizes, SplittableRandom random) {
    double[] p = new double[parameterCount(checkSizes(sizes))];
    int offset = 0;
    for (int l = 0; l < sizes.length - 1; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      boolean hidden = l < sizes.length - 2;
      double he = Math.sqrt(2.0 / in);
      double glorot = Math.sqrt(6.0 / (in + out));
      for (int j = 0; j < in * out; j++) {
        p[offset + j] = hidden ? he * random.nextGaussian() : glorot * (2 * random.nextDouble() - 1);
      }
      offset += in * out + out;
    }
    return new FeedForwardNetwork(sizes, p);
  }

  /** The number of parameters of a network with these layer widths. */
  public static int parameterCount(int[] sizes) {
    int count = 0;
    for (int l = 0; l < sizes.length - 1; l++) {
      count += sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    return count;
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

  /** Length of the scratch array {@link #forward} needs. */
  public int scratchLength() {
    return 2 * maxWidth;
  }

  /**
   * Computes the outputs (linear, no softmax) for one input row without allocating.
   *
   * @param scratch at least {@link #scratchLength()} values, owned by the calling thread
   */
  public void forward(double[] input, int inputOffset, double[] output, int outputOffset, double[] scratch) {
    forward(parameters, input, inputOffset, output, outputOffset, scratch);
  }

  /**
   * Computes the outputs of {@code rows} input rows (row-major, {@link #inputWidth()} values each) into
   * {@code output} (row-major), without allocating; row r gives exactly {@link #forward} of row r.
   *
   * <p>Row by row on purpose: the input-major axpy of {@link #dense} skips inactive ReLUs (about half
   * the hidden work). A transposed, four-rows-by-two-outputs register-blocked dot-product kernel was
   * measured slower (about 33,000 vs 41,000 predictions/s, interleaved runs on the shared machine),
   * since it cannot skip zeros and its scalar add chains are no faster than the axpy.
   *
   * @param scratch at least {@link #scratchLength()} values, owned by the calling thread
   */
  public void forwardRows(double[] input, int rows, double[] output, double[] scratch) {
    int in = inputWidth();
    int out = outputWidth();
    for (int r = 0; r < rows; r++) {
      forward(parameters, input, r * in, output, r * out, scratch);
    }
  }

  /** As {@link #forward(double[], int, double[], int, double[])} with other parameters (training). */
  void forward(double[] p, double[] input, int inputOffset, double[] output, int outputOffset,
      double[] scratch) {
    double[] in = input;
    int inOff = inputOffset;
    int layers = sizes.length - 1;
    for (int l = 0; l < layers; l++) {
      boolean last = l == layers - 1;
      double[] out = last ? output : scratch;
      int outOff = last ? outputOffset : (l % 2) * maxWidth;
      dense(p, l, in, inOff, out, outOff, !last);
      in = out;
      inOff = outOff;
    }
  }

  /**
   * One dense layer, out = relu?(b + W^T in). Inputs equal to zero (inactive ReLUs, about half of
   * them) are skipped: exact, since they add nothing, and it halves the work.
   */
  void dense(double[] p, int layer, double[] in, int inOff, double[] out, int outOff, boolean relu) {
    int nIn = sizes[layer];
    int nOut = sizes[layer + 1];
    int w = weightOffsets[layer];
    System.arraycopy(p, biasOffsets[layer], out, outOff, nOut);
    for (int i = 0; i < nIn; i++) {
      double a = in[inOff + i];
      if (a != 0.0) {
        int row = w + i * nOut;
        for (int o = 0; o < nOut; o++) {
          out[outOff + o] += a * p[row + o];
        }
      }
    }
    if (relu) {
      for (int o = 0; o < nOut; o++) {
        out[outOff + o] = Math.max(out[outOff + o], 0.0);
      }
    }
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

  int maxWidth() {
    return maxWidth;
  }

  double[] parametersView() {
    return parameters;
  }

  /** A network of the same shape with other parameters. */
  public FeedForwardNetwork withParameters(double[] newParameters) {
    return new FeedForwardNetwork(sizes, newParameters);
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

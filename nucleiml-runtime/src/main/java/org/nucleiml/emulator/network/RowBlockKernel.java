package org.nucleiml.emulator.network;

/**
 * The inference kernel: one dense layer for a block of rows, with the layer's weights stored
 * output-major ({@code wt[o * in + i]}) so that each output is a contiguous dot product.
 *
 * <p>Four rows and two outputs are computed together (eight independent accumulators): each weight
 * is loaded once per four rows and each input once per two outputs, and the eight add chains hide
 * the floating-point latency. Every accumulator starts from the bias and adds the inputs in index
 * order, the order of {@link FeedForwardNetwork#forward}, so the results are bit-identical to it.
 */
final class RowBlockKernel {

  private RowBlockKernel() {}

  /**
   * out[r * nOut + o] = act(bias[o] + sum_i in[r * nIn + i] * wt[o * nIn + i]) for r < rows.
   *
   * @param p the transposed parameters; weights at {@code w}, biases at {@code b}
   */
  static void layer(double[] p, int w, int b, int nIn, int nOut, double[] in, int inOff, int rows, double[] out,
      int outOff, boolean relu) {
    int o = 0;
    for (; o + 1 < nOut; o += 2) {
      int r = 0;
      for (; r + 3 < rows; r += 4) {
        quad(p, w + o * nIn, b + o, nIn, nOut, in, inOff + r * nIn, out, outOff + r * nOut + o, relu);
      }
      for (; r < rows; r++) {
        out[outOff + r * nOut + o] = single(p, w + o * nIn, b + o, nIn, in, inOff + r * nIn, relu);
        out[outOff + r * nOut + o + 1] = single(p, w + (o + 1) * nIn, b + o + 1, nIn, in, inOff + r * nIn, relu);
      }
    }
    if (o < nOut) {
      for (int r = 0; r < rows; r++) {
        out[outOff + r * nOut + o] = single(p, w + o * nIn, b + o, nIn, in, inOff + r * nIn, relu);
      }
    }
  }

  // Long by design: the eight accumulators must stay in registers, which needs one flat loop body.
  private static void quad(double[] p, int w0, int b0, int nIn, int nOut, double[] in, int x0, double[] out,
      int o0, boolean relu) {
    int w1 = w0 + nIn;
    int x1 = x0 + nIn;
    int x2 = x1 + nIn;
    int x3 = x2 + nIn;
    double a0 = p[b0];
    double a1 = a0;
    double a2 = a0;
    double a3 = a0;
    double c0 = p[b0 + 1];
    double c1 = c0;
    double c2 = c0;
    double c3 = c0;
    for (int i = 0; i < nIn; i++) {
      double u = p[w0 + i];
      double v = p[w1 + i];
      double in0 = in[x0 + i];
      double in1 = in[x1 + i];
      double in2 = in[x2 + i];
      double in3 = in[x3 + i];
      a0 += in0 * u;
      a1 += in1 * u;
      a2 += in2 * u;
      a3 += in3 * u;
      c0 += in0 * v;
      c1 += in1 * v;
      c2 += in2 * v;
      c3 += in3 * v;
    }
    out[o0] = act(a0, relu);
    out[o0 + nOut] = act(a1, relu);
    out[o0 + 2 * nOut] = act(a2, relu);
    out[o0 + 3 * nOut] = act(a3, relu);
    out[o0 + 1] = act(c0, relu);
    out[o0 + 1 + nOut] = act(c1, relu);
    out[o0 + 1 + 2 * nOut] = act(c2, relu);
    out[o0 + 1 + 3 * nOut] = act(c3, relu);
  }

  private static double single(double[] p, int w, int b, int nIn, double[] in, int x, boolean relu) {
    double a = p[b];
    for (int i = 0; i < nIn; i++) {
      a += in[x + i] * p[w + i];
    }
    return act(a, relu);
  }

  private static double act(double a, boolean relu) {
    return relu ? Math.max(a, 0.0) : a;
  }
}

package org.nucleiml.emulator.network.layers;

import java.util.SplittableRandom;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * A 1-D convolution with stride 1 and zero padding, PyTorch {@code nn.Conv1d} semantics
 * (cross-correlation): out[x][o] = b[o] + sum_t sum_c w[t][c][o] in[x + t - padding][c], x < L + 2 padding
 * - kernel + 1. Rows are position-major ({@code v[x * channels + c]}, channels last), so that every
 * (x, t) step is an axpy over the output channels. Parameters: weights {@code w[(t * inChannels + c) *
 * outChannels + o]} (PyTorch's {@code weight[o][c][t]} transposed), then the biases.
 *
 * @param inChannels input channels, >= 1
 * @param outChannels output channels, >= 1
 * @param length input positions, >= 1
 * @param kernel kernel width, >= 1
 * @param padding zeros added at each end, >= 0, below the kernel width
 */
public record Conv1d(int inChannels, int outChannels, int length, int kernel, int padding) implements Layer {

  /** Validates the shape. */
  public Conv1d {
    Checks.positive("conv_in_channels", inChannels);
    Checks.positive("conv_out_channels", outChannels);
    Checks.positive("conv_length", length);
    Checks.positive("conv_kernel", kernel);
    Checks.nonNegative("conv_padding", padding);
    if (padding >= kernel || length + 2 * padding - kernel + 1 < 1) {
      throw new InvalidParameterException("conv_padding", padding,
          "below the kernel " + kernel + " and leaving at least one output position for length " + length);
    }
  }

  /** Output positions. */
  public int outputLength() {
    return length + 2 * padding - kernel + 1;
  }

  @Override
  public int inputSize() {
    return length * inChannels;
  }

  @Override
  public int outputSize() {
    return outputLength() * outChannels;
  }

  @Override
  public int parameterCount() {
    return kernel * inChannels * outChannels + outChannels;
  }

  @Override
  public void initialise(double[] p, int offset, SplittableRandom random) {
    Layer.torchDefault(p, offset, parameterCount(), inChannels * kernel, random);
  }

  @Override
  public void forward(double[] p, int offset, double[] in, double[] out, int rows) {
    int lo = outputLength();
    int b = offset + kernel * inChannels * outChannels;
    for (int r = 0; r < rows * lo; r++) {
      System.arraycopy(p, b, out, r * outChannels, outChannels);
    }
    for (int t = 0; t < kernel; t++) {
      int from = Math.max(0, padding - t);
      int to = Math.min(lo, length + padding - t);
      for (int c = 0; c < inChannels; c++) {
        int w = offset + (t * inChannels + c) * outChannels;
        for (int r = 0; r < rows; r++) {
          int inRow = r * length * inChannels;
          int outRow = r * lo * outChannels;
          for (int x = from; x < to; x++) {
            Layer.axpy(in[inRow + (x + t - padding) * inChannels + c], p, w, out, outRow + x * outChannels,
                outChannels);
          }
        }
      }
    }
  }

  @Override
  public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, double[] dIn, double[] grad,
      int rows) {
    int lo = outputLength();
    if (dIn != null) {
      java.util.Arrays.fill(dIn, 0, rows * inputSize(), 0.0);
    }
    for (int t = 0; t < kernel; t++) {
      int from = Math.max(0, padding - t);
      int to = Math.min(lo, length + padding - t);
      for (int c = 0; c < inChannels; c++) {
        int w = offset + (t * inChannels + c) * outChannels;
        for (int r = 0; r < rows; r++) {
          int inRow = r * length * inChannels;
          int outRow = r * lo * outChannels;
          for (int x = from; x < to; x++) {
            int i = inRow + (x + t - padding) * inChannels + c;
            if (dIn != null) {
              dIn[i] += Layer.dot(p, w, dOut, outRow + x * outChannels, outChannels);
            }
            Layer.axpy(in[i], dOut, outRow + x * outChannels, grad, w, outChannels);
          }
        }
      }
    }
    int b = offset + kernel * inChannels * outChannels;
    for (int r = 0; r < rows * lo; r++) {
      Layer.axpy(1.0, dOut, r * outChannels, grad, b, outChannels);
    }
  }
}

package org.nucleiml.emulator.network.layers;

import java.util.SplittableRandom;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * Max pooling with stride equal to the kernel and floor mode (PyTorch {@code nn.MaxPool1d(k)}): out[x][c]
 * = max_t in[x k + t][c], x < floor(length / k); trailing positions that fill no window are dropped. On
 * ties the first position wins (as PyTorch), and the backward pass routes the gradient there. Rows are
 * position-major like {@link Conv1d}.
 *
 * @param channels channels, >= 1
 * @param length input positions, >= kernel
 * @param kernel window and stride, >= 1
 */
public record MaxPool1d(int channels, int length, int kernel) implements Layer {

  /** Validates the shape. */
  public MaxPool1d {
    Checks.positive("pool_channels", channels);
    Checks.positive("pool_kernel", kernel);
    if (length < kernel) {
      throw new InvalidParameterException("pool_length", length, "at least the pool kernel " + kernel);
    }
  }

  /** Output positions. */
  public int outputLength() {
    return length / kernel;
  }

  @Override
  public int inputSize() {
    return length * channels;
  }

  @Override
  public int outputSize() {
    return outputLength() * channels;
  }

  @Override
  public int parameterCount() {
    return 0;
  }

  @Override
  public void initialise(double[] p, int offset, SplittableRandom random) {
    // no parameters
  }

  @Override
  public void forward(double[] p, int offset, double[] in, double[] out, int rows) {
    int lo = outputLength();
    for (int r = 0; r < rows; r++) {
      for (int x = 0; x < lo; x++) {
        int o = (r * lo + x) * channels;
        int first = (r * length + x * kernel) * channels;
        System.arraycopy(in, first, out, o, channels);
        for (int t = 1; t < kernel; t++) {
          for (int c = 0; c < channels; c++) {
            double v = in[first + t * channels + c];
            if (v > out[o + c]) {
              out[o + c] = v;
            }
          }
        }
      }
    }
  }

  @Override
  public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, double[] dIn, double[] grad,
      int rows) {
    if (dIn == null) {
      return;
    }
    java.util.Arrays.fill(dIn, 0, rows * inputSize(), 0.0);
    int lo = outputLength();
    for (int r = 0; r < rows; r++) {
      for (int x = 0; x < lo; x++) {
        int o = (r * lo + x) * channels;
        int first = (r * length + x * kernel) * channels;
        for (int c = 0; c < channels; c++) {
          int t = 0;
          // The first position holding the maximum is the one forward kept (strict > there).
          while (in[first + t * channels + c] != out[o + c]) {
            t++;
          }
          dIn[first + t * channels + c] = dOut[o + c];
        }
      }
    }
  }
}

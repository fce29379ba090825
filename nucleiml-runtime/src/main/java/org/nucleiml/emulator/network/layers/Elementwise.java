package org.nucleiml.emulator.network.layers;

import java.util.SplittableRandom;
import org.nucleiml.Checks;
import org.nucleiml.emulator.network.Activation;

/**
 * An activation applied to every value (LeakyReLU after the DTEN's layers, the sigmoid on its output).
 *
 * @param size values per row, >= 1
 * @param activation the function
 */
public record Elementwise(int size, Activation activation) implements Layer {

  /** Validates the shape. */
  public Elementwise {
    Checks.positive("activation_size", size);
    java.util.Objects.requireNonNull(activation, "activation");
  }

  @Override
  public int inputSize() {
    return size;
  }

  @Override
  public int outputSize() {
    return size;
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
    for (int j = 0; j < rows * size; j++) {
      out[j] = activation.apply(in[j]);
    }
  }

  @Override
  public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, double[] dIn, double[] grad,
      int rows) {
    if (dIn == null) {
      return;
    }
    for (int j = 0; j < rows * size; j++) {
      dIn[j] = dOut[j] * activation.derivative(in[j], out[j]);
    }
  }
}

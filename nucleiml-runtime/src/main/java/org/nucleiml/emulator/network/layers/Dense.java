package org.nucleiml.emulator.network.layers;

import java.util.SplittableRandom;
import org.nucleiml.Checks;

/**
 * A fully connected layer out = W in + b (PyTorch {@code nn.Linear}). Parameters: the weights
 * input-major ({@code w[i * outputs + o]}, the transpose of PyTorch's {@code weight}), then the biases.
 *
 * @param inputs values in, >= 1
 * @param outputs values out, >= 1
 */
public record Dense(int inputs, int outputs) implements Layer {

  /** Validates the widths. */
  public Dense {
    Checks.positive("dense_inputs", inputs);
    Checks.positive("dense_outputs", outputs);
  }

  @Override
  public int inputSize() {
    return inputs;
  }

  @Override
  public int outputSize() {
    return outputs;
  }

  @Override
  public int parameterCount() {
    return inputs * outputs + outputs;
  }

  @Override
  public void initialise(double[] p, int offset, SplittableRandom random) {
    Layer.torchDefault(p, offset, parameterCount(), inputs, random);
  }

  @Override
  public void forward(double[] p, int offset, double[] in, double[] out, int rows) {
    int b = offset + inputs * outputs;
    for (int r = 0; r < rows; r++) {
      System.arraycopy(p, b, out, r * outputs, outputs);
    }
    // Input-major: weight row i is read once for every row of the block.
    for (int i = 0; i < inputs; i++) {
      int w = offset + i * outputs;
      for (int r = 0; r < rows; r++) {
        Layer.axpy(in[r * inputs + i], p, w, out, r * outputs, outputs);
      }
    }
  }

  @Override
  public void backward(double[] p, int offset, double[] in, double[] out, double[] dOut, double[] dIn, double[] grad,
      int rows) {
    for (int i = 0; i < inputs; i++) {
      int w = offset + i * outputs;
      for (int r = 0; r < rows; r++) {
        if (dIn != null) {
          dIn[r * inputs + i] = Layer.dot(p, w, dOut, r * outputs, outputs);
        }
        Layer.axpy(in[r * inputs + i], dOut, r * outputs, grad, w, outputs);
      }
    }
    int b = offset + inputs * outputs;
    for (int r = 0; r < rows; r++) {
      Layer.axpy(1.0, dOut, r * outputs, grad, b, outputs);
    }
  }
}

package org.nucleiml.emulator.network;

import java.util.SplittableRandom;
import org.nucleiml.StandardNormal;

/** How the parameters of a new network are drawn, always from a caller-supplied seeded generator. */
public enum Initialisation {

  /**
   * He-normal hidden weights N(0, 2/fan_in) (suited to ReLU), a Glorot-uniform output layer and zero
   * biases: the emulator's initialisation.
   */
  HE_NORMAL {
    @Override
    double[] draw(int[] sizes, SplittableRandom random) {
      double[] p = new double[FeedForwardNetwork.parameterCount(sizes)];
      int offset = 0;
      for (int l = 0; l < sizes.length - 1; l++) {
        int in = sizes[l];
        int out = sizes[l + 1];
        boolean hidden = l < sizes.length - 2;
        double he = Math.sqrt(2.0 / in);
        double glorot = Math.sqrt(6.0 / (in + out));
        for (int j = 0; j < in * out; j++) {
          p[offset + j] = hidden ? he * StandardNormal.draw(random) : glorot * (2 * random.nextDouble() - 1);
        }
        offset += in * out + out;
      }
      return p;
    }
  },

  /**
   * PyTorch's default for {@code nn.Linear}: every weight and bias of a layer U(-1/sqrt(fan_in),
   * 1/sqrt(fan_in)) (Kaiming-uniform with a = sqrt 5 gives the same bound for the weights). Weights are
   * drawn in this class's input-major layout, then the biases, layer by layer.
   */
  TORCH_DEFAULT {
    @Override
    double[] draw(int[] sizes, SplittableRandom random) {
      double[] p = new double[FeedForwardNetwork.parameterCount(sizes)];
      int offset = 0;
      for (int l = 0; l < sizes.length - 1; l++) {
        int count = sizes[l] * sizes[l + 1] + sizes[l + 1];
        double bound = 1.0 / Math.sqrt(sizes[l]);
        for (int j = 0; j < count; j++) {
          p[offset + j] = bound * (2 * random.nextDouble() - 1);
        }
        offset += count;
      }
      return p;
    }
  };

  /** Flat parameters for layer widths {@code sizes} in {@link FeedForwardNetwork}'s layout. */
  abstract double[] draw(int[] sizes, SplittableRandom random);
}

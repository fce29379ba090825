package org.nucleiml.emulator.network;

/**
 * Loss and gradient of a network over a run of rows, one row at a time, into a caller-owned
 * gradient buffer. One instance per chunk of a mini-batch; not thread-safe.
 */
final class Backpropagation {

  private final FeedForwardNetwork shape;
  private final double[][] activations;
  /**
   * d activation / d pre-activation of the units of each non-ReLU hidden layer, kept from the forward
   * pass (null for ReLU layers, whose derivative follows from the output alone).
   */
  private final double[][] slopes;
  private final double[] delta;
  private final double[] previous;
  private final double[] physical;
  private final double[] lossGradient;
  private final FeedForwardNetwork.Scratch scratch;

  Backpropagation(FeedForwardNetwork shape) {
    this.shape = shape;
    int layers = shape.layerCount();
    this.activations = new double[layers + 1][];
    for (int l = 0; l <= layers; l++) {
      activations[l] = new double[shape.width(l)];
    }
    this.slopes = new double[layers][];
    for (int l = 1; l < layers; l++) {
      if (!relu(l)) {
        slopes[l] = new double[shape.width(l)];
      }
    }
    this.delta = new double[shape.maxWidth()];
    this.previous = new double[shape.maxWidth()];
    this.physical = new double[shape.outputWidth()];
    this.lossGradient = new double[shape.outputWidth()];
    this.scratch = shape.newScratch();
  }

  /**
   * Sums the loss over rows {@code order[from..to)} and, when {@code gradient} is not null, sets it to
   * the sum of the per-row gradients (not averaged).
   */
  double run(double[] p, TrainingData data, double[] lossTargets, LossFunction loss, int[] order,
      int from, int to, double[] gradient) {
    if (gradient != null) {
      java.util.Arrays.fill(gradient, 0.0);
    }
    double sum = 0;
    for (int j = from; j < to; j++) {
      int row = order == null ? j : order[j];
      forward(p, data.inputs(), row * data.inputWidth());
      sum += rowLoss(data, lossTargets, loss, row, gradient != null);
      if (gradient != null) {
        backward(p, gradient);
      }
    }
    return sum;
  }

  /**
   * The outputs for one input row at {@code offset}, kept with the activations for a following
   * {@link #backpropagate}; the returned array is this instance's and is overwritten by the next row.
   */
  double[] outputs(double[] p, double[] inputs, int offset) {
    forward(p, inputs, offset);
    return activations[shape.layerCount()];
  }

  /**
   * Back-propagates a caller's dLoss/dOutput of the row last passed to {@link #outputs} and adds the
   * parameter gradients to {@code g} (losses that are not per-row, such as a mixture density head or
   * a cross-row penalty, supply their own output gradients).
   */
  void backpropagate(double[] p, double[] dOutput, double[] g) {
    System.arraycopy(dOutput, 0, delta, 0, shape.outputWidth());
    backward(p, g);
  }

  /** Values {@link #save} writes: the activations and slopes of one row. */
  int stateSize() {
    int size = 0;
    for (double[] a : activations) {
      size += a.length;
    }
    for (double[] s : slopes) {
      size += s == null ? 0 : s.length;
    }
    return size;
  }

  /**
   * Copies the last row's activations and slopes to {@code buffer} at {@code offset}, so a later
   * {@link #restore} can back-propagate that row without a second forward pass (a cross-row loss knows
   * its output gradients only after every row has been predicted).
   */
  void save(double[] buffer, int offset) {
    copy(buffer, offset, true);
  }

  /** Makes the row saved at {@code offset} the current one, as if {@link #outputs} had just run on it. */
  void restore(double[] buffer, int offset) {
    copy(buffer, offset, false);
  }

  private void copy(double[] buffer, int offset, boolean out) {
    int at = offset;
    for (double[] a : activations) {
      if (out) {
        System.arraycopy(a, 0, buffer, at, a.length);
      } else {
        System.arraycopy(buffer, at, a, 0, a.length);
      }
      at += a.length;
    }
    for (double[] s : slopes) {
      if (s != null) {
        if (out) {
          System.arraycopy(s, 0, buffer, at, s.length);
        } else {
          System.arraycopy(buffer, at, s, 0, s.length);
        }
        at += s.length;
      }
    }
  }

  private void forward(double[] p, double[] inputs, int offset) {
    System.arraycopy(inputs, offset, activations[0], 0, shape.width(0));
    int layers = shape.layerCount();
    for (int l = 0; l < layers; l++) {
      double[] slope = l + 1 < layers ? slopes[l + 1] : null;
      double[] a = activations[l + 1];
      shape.dense(p, l, activations[l], 0, a, 0, slope == null && l < layers - 1, scratch);
      if (slope != null) {
        Activation act = shape.hiddenActivation(l);
        for (int o = 0; o < a.length; o++) {
          a[o] = act.applyAndDerive(a[o], slope, o);
        }
      }
    }
  }

  /** Whether the units of layer {@code l} (1 .. layers-1, hidden) are ReLUs. */
  private boolean relu(int l) {
    return shape.hiddenActivation(l - 1).kind() == Activation.Kind.RELU;
  }

  /** The loss of one row; leaves dLoss/dOutput in {@code delta}. */
  private double rowLoss(TrainingData data, double[] lossTargets, LossFunction loss, int row, boolean grad) {
    int dim = data.outputWidth();
    int t = row * dim;
    double[] out = activations[shape.layerCount()];
    if (!data.mapsOutputs(loss)) {
      return loss.evaluate(out, 0, lossTargets, t, dim, grad ? delta : null, 0);
    }
    for (int k = 0; k < dim; k++) {
      physical[k] = data.offsets()[t + k] + data.scales()[t + k] * out[k];
    }
    double value = loss.evaluate(physical, 0, lossTargets, t, dim, grad ? lossGradient : null, 0);
    for (int k = 0; grad && k < dim; k++) {
      delta[k] = lossGradient[k] * data.scales()[t + k];
    }
    return value;
  }

  /**
   * Back-propagates {@code delta} (dLoss/dOutput) and adds the parameter gradients. A hot loop, kept
   * in one method so the JIT sees the whole layer at once.
   */
  private void backward(double[] p, double[] g) {
    double[] d = delta;
    double[] prev = previous;
    for (int l = shape.layerCount() - 1; l >= 0; l--) {
      int nIn = shape.width(l);
      int nOut = shape.width(l + 1);
      int w = shape.weightOffset(l);
      int b = shape.biasOffset(l);
      double[] in = activations[l];
      for (int o = 0; o < nOut; o++) {
        g[b + o] += d[o];
      }
      if (l > 0 && slopes[l] != null) {
        backwardSmooth(p, g, d, prev, in, slopes[l], nIn, nOut, w);
        double[] swap = d;
        d = prev;
        prev = swap;
        continue;
      }
      for (int i = 0; i < nIn; i++) {
        double a = in[i];
        int row = w + i * nOut;
        if (a != 0.0) {
          for (int o = 0; o < nOut; o++) {
            g[row + o] += a * d[o];
          }
        }
        if (l > 0) {
          // ReLU: the derivative is 1 where the (post-activation) input is positive, else 0.
          double s = 0;
          if (a > 0.0) {
            for (int o = 0; o < nOut; o++) {
              s += p[row + o] * d[o];
            }
          }
          prev[i] = s;
        }
      }
      double[] swap = d;
      d = prev;
      prev = swap;
    }
  }

  /** One layer of {@link #backward} whose inputs come through a non-ReLU activation of slopes {@code slope}. */
  private static void backwardSmooth(double[] p, double[] g, double[] d, double[] prev, double[] in, double[] slope,
      int nIn, int nOut, int w) {
    for (int i = 0; i < nIn; i++) {
      double a = in[i];
      int row = w + i * nOut;
      double s = 0;
      for (int o = 0; o < nOut; o++) {
        g[row + o] += a * d[o];
        s += p[row + o] * d[o];
      }
      prev[i] = s * slope[i];
    }
  }
}

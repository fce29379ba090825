package org.nucleiml.emulator.network.layers;

import java.util.List;
import java.util.SplittableRandom;
import org.nucleiml.InvalidParameterException;

/**
 * Layers applied one after the other, their parameters one after the other in a flat array from
 * {@link #offset()} on. Immutable; the values of a pass live in a {@link Tape}.
 */
public final class LayerStack {

  private final List<Layer> layers;
  private final int offset;
  private final int[] offsets;
  private final int parameterCount;

  /**
   * @param layers at least one; each input size equal to the previous output size
   * @param offset where the first layer's parameters start in the flat array
   */
  public LayerStack(List<Layer> layers, int offset) {
    this.layers = List.copyOf(layers);
    if (this.layers.isEmpty()) {
      throw new InvalidParameterException("layers", "none", "at least one layer");
    }
    this.offset = offset;
    this.offsets = new int[this.layers.size()];
    int o = offset;
    for (int l = 0; l < this.layers.size(); l++) {
      Layer layer = this.layers.get(l);
      if (l > 0 && layer.inputSize() != this.layers.get(l - 1).outputSize()) {
        throw new InvalidParameterException("layer " + l + " input size", layer.inputSize(),
            this.layers.get(l - 1).outputSize() + ", the previous layer's output (" + this.layers.get(l - 1) + ")");
      }
      offsets[l] = o;
      o += layer.parameterCount();
    }
    this.parameterCount = o - offset;
  }

  /** The layers, first first. */
  public List<Layer> layers() {
    return layers;
  }

  /** Where the parameters start. */
  public int offset() {
    return offset;
  }

  /** Number of parameters of all layers. */
  public int parameterCount() {
    return parameterCount;
  }

  /** Values per input row. */
  public int inputSize() {
    return layers.get(0).inputSize();
  }

  /** Values per output row. */
  public int outputSize() {
    return layers.get(layers.size() - 1).outputSize();
  }

  /** Draws every layer's parameters in order. */
  public void initialise(double[] p, SplittableRandom random) {
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).initialise(p, offsets[l], random);
    }
  }

  /** Buffers for passes of up to {@code rows} rows. */
  public Tape newTape(int rows) {
    return new Tape(this, rows);
  }

  /** Runs the rows in {@code tape.input()} through every layer; returns {@code tape.output()}. */
  public double[] forward(double[] p, Tape tape, int rows) {
    for (int l = 0; l < layers.size(); l++) {
      layers.get(l).forward(p, offsets[l], tape.values[l], tape.values[l + 1], rows);
    }
    return tape.values[layers.size()];
  }

  /**
   * Back-propagates dLoss/dOutput of the rows of the last {@link #forward}, adding the parameter
   * gradients to {@code grad}.
   *
   * @param dInput receives dLoss/dInput; null when not needed
   */
  public void backward(double[] p, Tape tape, double[] dOutput, double[] dInput, double[] grad, int rows) {
    double[] upstream = dOutput;
    for (int l = layers.size() - 1; l >= 0; l--) {
      double[] down = l == 0 ? dInput : tape.gradients[l % 2];
      layers.get(l).backward(p, offsets[l], tape.values[l], tape.values[l + 1], upstream, down, grad, rows);
      upstream = down;
    }
  }

  /** The values of one pass (every layer's input and output) and scratch for its backward pass; one per thread. */
  public static final class Tape {
    private final double[][] values;
    private final double[][] gradients;

    Tape(LayerStack stack, int rows) {
      values = new double[stack.layers.size() + 1][];
      values[0] = new double[rows * stack.inputSize()];
      int widest = 0;
      for (int l = 0; l < stack.layers.size(); l++) {
        values[l + 1] = new double[rows * stack.layers.get(l).outputSize()];
        widest = Math.max(widest, stack.layers.get(l).inputSize());
      }
      gradients = new double[][] {new double[rows * widest], new double[rows * widest]};
    }

    /** Where the caller writes the input rows. */
    public double[] input() {
      return values[0];
    }

    /** The output rows of the last forward pass. */
    public double[] output() {
      return values[values.length - 1];
    }
  }
}

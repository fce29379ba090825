package org.nucleiml.emulator.network.dten;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.layers.BatchNorm1d;
import org.nucleiml.emulator.network.layers.Conv1d;
import org.nucleiml.emulator.network.layers.Dense;
import org.nucleiml.emulator.network.layers.Elementwise;
import org.nucleiml.emulator.network.layers.Layer;
import org.nucleiml.emulator.network.layers.LayerStack;
import org.nucleiml.emulator.network.layers.MaxPool1d;

/**
 * The layer graph of a {@link DtenArchitecture}, without values: the four cells as {@link LayerStack}s
 * whose parameters follow one another in one flat array (C_1, C_2, C_3, then the head), and the batch
 * normalisation between the concatenation and the head. Immutable; shared by every thread.
 */
public final class DtenNetwork {

  private final DtenArchitecture architecture;
  private final LayerStack counts;
  private final LayerStack shells;
  private final LayerStack densities;
  private final LayerStack head;
  private final BatchNorm1d batchNorm;

  /** @param architecture the shape */
  public DtenNetwork(DtenArchitecture architecture) {
    this.architecture = architecture;
    Activation leaky = Activation.leakyRelu(architecture.leakySlope());
    this.counts = new LayerStack(dense(architecture.countFeatures(), architecture.featureWidths(), leaky), 0);
    this.shells = new LayerStack(dense(architecture.shellFeatures(), architecture.featureWidths(), leaky),
        counts.parameterCount());
    int afterShells = shells.offset() + shells.parameterCount();
    this.densities = architecture.hasDensities() ? new LayerStack(convolutions(architecture, leaky), afterShells) : null;
    int concat = counts.outputSize() + shells.outputSize() + (densities == null ? 0 : densities.outputSize());
    List<Integer> widths = new ArrayList<>(architecture.headWidths());
    widths.add(1);
    List<Layer> headLayers = dense(concat, widths, leaky);
    headLayers.set(headLayers.size() - 1, new Elementwise(1, Activation.SIGMOID));
    this.head = new LayerStack(headLayers, densities == null ? afterShells : densities.offset() + densities.parameterCount());
    this.batchNorm = new BatchNorm1d(concat, architecture.batchNormMomentum(), architecture.batchNormEpsilon());
  }

  private static List<Layer> dense(int inputs, List<Integer> widths, Activation activation) {
    List<Layer> layers = new ArrayList<>();
    int in = inputs;
    for (int w : widths) {
      layers.add(new Dense(in, w));
      layers.add(new Elementwise(w, activation));
      in = w;
    }
    return layers;
  }

  private static List<Layer> convolutions(DtenArchitecture a, Activation activation) {
    List<Layer> layers = new ArrayList<>();
    int channels = a.densityChannels();
    int length = a.densityLength();
    for (int i = 0; i < a.convChannels().size(); i++) {
      Conv1d conv = new Conv1d(channels, a.convChannels().get(i), length, a.convKernels().get(i),
          a.convPaddings().get(i));
      layers.add(conv);
      layers.add(new Elementwise(conv.outputSize(), activation));
      channels = conv.outChannels();
      length = conv.outputLength();
      if (i < a.poolKernels().size()) {
        MaxPool1d pool = new MaxPool1d(channels, length, a.poolKernels().get(i));
        layers.add(pool);
        length = pool.outputLength();
      }
    }
    return layers;
  }

  /** The shape. */
  public DtenArchitecture architecture() {
    return architecture;
  }

  /** C_1, on the count features. */
  public LayerStack counts() {
    return counts;
  }

  /** C_2, on the shell features. */
  public LayerStack shells() {
    return shells;
  }

  /**
   * C_3, on the density profiles; its input rows are position-major ({@code v[x * channels + c]}), its
   * output (the flattened last convolution) likewise. Null for a shell-only network (no C_3).
   */
  public LayerStack densities() {
    return densities;
  }

  /** C_4 after the batch normalisation, ending in the sigmoid. */
  public LayerStack head() {
    return head;
  }

  /** The batch normalisation of the concatenated cells. */
  public BatchNorm1d batchNorm() {
    return batchNorm;
  }

  /** Width of the concatenation C_1 | C_2 | C_3. */
  public int concatWidth() {
    return batchNorm.features();
  }

  /** Number of weights and biases (batch normalisation has none; its running statistics are state). */
  public int parameterCount() {
    return head.offset() + head.parameterCount();
  }

  /** New parameters, PyTorch's default initialisation, cell by cell and layer by layer from {@code random}. */
  public double[] initialise(SplittableRandom random) {
    double[] p = new double[parameterCount()];
    counts.initialise(p, random);
    shells.initialise(p, random);
    if (densities != null) {
      densities.initialise(p, random);
    }
    head.initialise(p, random);
    return p;
  }
}

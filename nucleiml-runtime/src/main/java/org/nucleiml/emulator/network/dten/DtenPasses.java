package org.nucleiml.emulator.network.dten;

import java.util.Arrays;
import org.nucleiml.emulator.network.ParallelChunks;
import org.nucleiml.emulator.network.layers.LayerStack;

/**
 * Forward and backward passes of a {@link DtenNetwork} over a batch, split into fixed chunks of
 * {@link #CHUNK_ROWS} rows that run on any thread. Batch normalisation couples the rows, so a training
 * step runs in five phases: the three cells per chunk; the batch statistics over all rows in row
 * order; head, loss and head backward per chunk; the normalisation's backward pass in row order; the
 * cells' backward passes per chunk. Each chunk adds its gradient to its own buffer, summed in chunk
 * order: the result depends on the chunk size, never on the thread count.
 */
final class DtenPasses implements AutoCloseable {

  /** Rows per chunk: the unit of parallel work, fixed so the summation order is too. */
  static final int CHUNK_ROWS = 8;

  private final DtenNetwork network;
  private final ParallelChunks parallel;
  private final Chunk[] chunks;
  private final int concat;
  private final double[] z;
  private final double[] normalised;
  private final double[] dNormalised;
  private final double[] dz;
  private final double[] inverseStd;
  private final double[] chunkLoss;

  /**
   * @param maxRows the largest batch (or evaluation block) passed
   * @param training whether chunks need gradient buffers
   */
  DtenPasses(DtenNetwork network, int maxRows, boolean training, int threads) {
    this.network = network;
    this.parallel = new ParallelChunks(threads);
    this.concat = network.concatWidth();
    this.chunks = new Chunk[(maxRows + CHUNK_ROWS - 1) / CHUNK_ROWS];
    for (int c = 0; c < chunks.length; c++) {
      chunks[c] = new Chunk(training ? network.parameterCount() : 0);
    }
    this.z = new double[maxRows * concat];
    this.normalised = new double[maxRows * concat];
    this.dNormalised = training ? new double[maxRows * concat] : null;
    this.dz = training ? new double[maxRows * concat] : null;
    this.inverseStd = new double[concat];
    this.chunkLoss = new double[chunks.length];
  }

  /** The largest block {@link #predict} takes at once. */
  int capacity() {
    return chunks.length * CHUNK_ROWS;
  }

  /**
   * One training-mode step's loss and gradient over rows {@code order[from..to)}: returns the summed
   * loss sum_r A_r^alpha (yhat_r - y_r)^2 and sets {@code gradient} to the gradient of its mean.
   *
   * @param running the running statistics of the normalisation, updated
   */
  double trainBatch(double[] p, double[] running, DtenData data, double[] lossWeights, int[] order, int from, int to,
      double[] gradient) {
    int n = to - from;
    int count = (n + CHUNK_ROWS - 1) / CHUNK_ROWS;
    parallel.run(count, c -> chunks[c].cells(p, data, order, from, c, Math.min(n, (c + 1) * CHUNK_ROWS)));
    network.batchNorm().trainForward(z, n, normalised, inverseStd, running);
    double scale = 2.0 / n;
    parallel.run(count, c -> chunkLoss[c] = chunks[c].headStep(p, data, lossWeights, order, from, c,
        Math.min(n, (c + 1) * CHUNK_ROWS), scale));
    network.batchNorm().backward(dNormalised, normalised, n, inverseStd, dz);
    parallel.run(count, c -> chunks[c].cellsBackward(p, c, Math.min(n, (c + 1) * CHUNK_ROWS)));
    Arrays.fill(gradient, 0.0);
    double loss = 0;
    for (int c = 0; c < count; c++) {
      loss += chunkLoss[c];
      double[] g = chunks[c].gradient;
      for (int j = 0; j < gradient.length; j++) {
        gradient[j] += g[j];
      }
    }
    return loss;
  }

  /**
   * Inference-mode outputs (the sigmoid, in [0, 1]) of rows {@code from..to) of {@code data} into
   * {@code out[from..to)}; every row's value is independent of the others and of the block.
   */
  void predict(double[] p, double[] running, DtenData data, int from, int to, double[] out) {
    for (int start = from; start < to; start += capacity()) {
      int block = start;
      int n = Math.min(to - start, capacity());
      int count = (n + CHUNK_ROWS - 1) / CHUNK_ROWS;
      parallel.run(count, c -> {
        int lo = c * CHUNK_ROWS;
        int hi = Math.min(n, lo + CHUNK_ROWS);
        chunks[c].cells(p, data, null, block, c, hi);
        double[] y = chunks[c].head(p, running, lo, hi - lo);
        System.arraycopy(y, 0, out, block + lo, hi - lo);
      });
    }
  }

  @Override
  public void close() {
    parallel.close();
  }

  /** The buffers of one chunk: a tape per cell and the chunk's gradient. */
  private final class Chunk {
    private final LayerStack.Tape counts = network.counts().newTape(CHUNK_ROWS);
    private final LayerStack.Tape shells = network.shells().newTape(CHUNK_ROWS);
    private final LayerStack.Tape densities = network.densities() == null ? null
        : network.densities().newTape(CHUNK_ROWS);
    private final LayerStack.Tape head = network.head().newTape(CHUNK_ROWS);
    private final double[] dOutput = new double[CHUNK_ROWS];
    private final double[] dHead = new double[CHUNK_ROWS * concat];
    private final double[] dCell = new double[CHUNK_ROWS * concat];
    private final double[] gradient;

    Chunk(int parameters) {
      this.gradient = new double[parameters];
    }

    /** Runs the three cells on chunk {@code c} (batch rows c*CHUNK_ROWS..hi) and writes their concatenation into z. */
    void cells(double[] p, DtenData data, int[] order, int from, int c, int hi) {
      int lo = c * CHUNK_ROWS;
      int rows = hi - lo;
      DtenArchitecture a = network.architecture();
      int w1 = a.countFeatures();
      int w2 = a.shellFeatures();
      int channels = a.densityChannels();
      int length = a.densityLength();
      for (int i = 0; i < rows; i++) {
        int row = order == null ? from + lo + i : order[from + lo + i];
        System.arraycopy(data.countFeatures(), row * w1, counts.input(), i * w1, w1);
        System.arraycopy(data.shellFeatures(), row * w2, shells.input(), i * w2, w2);
        if (densities == null) {
          continue;
        }
        // densities.bin is channel-major; the convolutions want positions first.
        double[] in = densities.input();
        int base = row * channels * length;
        for (int ch = 0; ch < channels; ch++) {
          for (int x = 0; x < length; x++) {
            in[(i * length + x) * channels + ch] = data.densities()[base + ch * length + x];
          }
        }
      }
      double[] o1 = network.counts().forward(p, counts, rows);
      double[] o2 = network.shells().forward(p, shells, rows);
      double[] o3 = densities == null ? null : network.densities().forward(p, densities, rows);
      int n1 = network.counts().outputSize();
      int n2 = network.shells().outputSize();
      int n3 = concat - n1 - n2;
      for (int i = 0; i < rows; i++) {
        int zr = (lo + i) * concat;
        System.arraycopy(o1, i * n1, z, zr, n1);
        System.arraycopy(o2, i * n2, z, zr + n1, n2);
        if (o3 != null) {
          System.arraycopy(o3, i * n3, z, zr + n1 + n2, n3);
        }
      }
    }

    /** Inference: normalises the chunk's rows of z with the running statistics and runs the head. */
    double[] head(double[] p, double[] running, int lo, int rows) {
      network.batchNorm().inferenceForward(z, lo * concat, rows, head.input(), running);
      return network.head().forward(p, head, rows);
    }

    /** Head forward, the weighted squared error, head backward (into dNormalised); returns the chunk's summed loss. */
    double headStep(double[] p, DtenData data, double[] lossWeights, int[] order, int from, int c, int hi,
        double scale) {
      int lo = c * CHUNK_ROWS;
      int rows = hi - lo;
      Arrays.fill(gradient, 0.0);
      System.arraycopy(normalised, lo * concat, head.input(), 0, rows * concat);
      double[] y = network.head().forward(p, head, rows);
      double sum = 0;
      for (int i = 0; i < rows; i++) {
        int row = order[from + lo + i];
        double e = y[i] - data.targets()[row];
        sum += lossWeights[row] * e * e;
        dOutput[i] = scale * lossWeights[row] * e;
      }
      network.head().backward(p, head, dOutput, dHead, gradient, rows);
      System.arraycopy(dHead, 0, dNormalised, lo * concat, rows * concat);
      return sum;
    }

    /** The three cells' backward passes from dz, into this chunk's gradient. */
    void cellsBackward(double[] p, int c, int hi) {
      int lo = c * CHUNK_ROWS;
      int rows = hi - lo;
      int n1 = network.counts().outputSize();
      int n2 = network.shells().outputSize();
      int n3 = concat - n1 - n2;
      double[] d1 = dHead;
      double[] d2 = dCell;
      for (int i = 0; i < rows; i++) {
        System.arraycopy(dz, (lo + i) * concat, d1, i * n1, n1);
        System.arraycopy(dz, (lo + i) * concat + n1, d2, i * n2, n2);
      }
      network.counts().backward(p, counts, d1, null, gradient, rows);
      network.shells().backward(p, shells, d2, null, gradient, rows);
      if (densities == null) {
        return;
      }
      for (int i = 0; i < rows; i++) {
        System.arraycopy(dz, (lo + i) * concat + n1 + n2, d1, i * n3, n3);
      }
      network.densities().backward(p, densities, d1, null, gradient, rows);
    }
  }
}

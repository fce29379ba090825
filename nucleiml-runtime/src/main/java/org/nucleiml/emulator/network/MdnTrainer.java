package org.nucleiml.emulator.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;

/**
 * Trains a mixture density network on L_total = L1 + lambda L2 ([S004] Methods ¶4-¶9, the spec's
 * section 4.4): L1 the mean negative log-likelihood of the training rows under the
 * {@link MixtureDensityHead}, L2 a {@link RelationPenalty} on the network's mean predictions at every
 * row of a universe (the Garvey-Kelson relations of the whole chart), with no data in it.
 *
 * <p>Each epoch is one full-batch Adam step: a forward and backward pass over the training rows, a
 * forward pass over the universe, the penalty and its gradient with respect to each universe mean,
 * and a backward pass of that gradient into the mean outputs (the widths get none from L2). The
 * parameters with the lowest L_total seen are kept ("each training epoch attempts to improve the
 * total logarithm loss function with respect to previous solutions", Methods ¶9): the losses of epoch
 * e are those of the parameters entering it, so the kept parameters are exactly the ones evaluated.
 *
 * <p>Determinism: rows are cut into fixed chunks of {@link MiniBatchTrainer#CHUNK_ROWS}; each chunk's
 * gradient goes into its own buffer and the buffers are summed in chunk order, so the model is
 * identical for any thread count.
 */
public final class MdnTrainer {

  private final MdnPlan plan;

  /**
   * @param plan the hyper-parameters
   */
  public MdnTrainer(MdnPlan plan) {
    this.plan = plan;
  }

  /**
   * The losses of one epoch, at the parameters entering it.
   *
   * @param epoch 1-based
   * @param likelihoodLoss L1, the mean NLL of the training rows (scaled target units)
   * @param penalty L2, unweighted (0 without a penalty)
   * @param totalLoss L1 + lambda L2
   * @param learningRate the rate of this epoch's step
   */
  public record Epoch(int epoch, double likelihoodLoss, double penalty, double totalLoss, double learningRate) {}

  /** Receives the recorded epochs; {@code universeMeans} (null without a universe) is only valid during the call. */
  @FunctionalInterface
  public interface Monitor {
    /** Called once per recorded epoch, in order. */
    void epoch(Epoch epoch, double[] universeMeans);
  }

  /**
   * The outcome of a run.
   *
   * @param network the kept network (lowest total loss)
   * @param head its head
   * @param history the recorded epochs
   * @param keptEpoch the epoch whose entering parameters were kept
   */
  public record Result(FeedForwardNetwork network, MixtureDensityHead head, List<Epoch> history, int keptEpoch) {}

  /**
   * Trains a new network.
   *
   * @param inputs rows x width scaled training inputs
   * @param targets one scaled target per training row
   * @param universe universe rows x width scaled inputs (the penalty's rows); null for none
   * @param penalty the cross-row term over {@code universe}; null for none (then the universe, if
   *     given, is only predicted for the monitor)
   * @param monitorEvery the epochs recorded and passed to the monitor: the first, the last and every
   *     {@code monitorEvery}-th (a 10^7-epoch run keeps a curve of bounded size)
   * @param monitor receives every recorded epoch
   */
  public Result train(double[] inputs, double[] targets, int width, double[] universe, RelationPenalty penalty,
      int monitorEvery, Monitor monitor) {
    org.nucleiml.Checks.positive("monitorEvery", monitorEvery);
    int rows = targets.length;
    if (rows == 0 || inputs.length != rows * width) {
      throw new InvalidParameterException("training inputs", inputs.length + " values for " + rows + " targets",
          rows + " x " + width + " values, at least one row");
    }
    int universeRows = universe == null ? 0 : universe.length / width;
    if (universe != null && universe.length != universeRows * width) {
      throw new InvalidParameterException("universe inputs", universe.length + " values", "a multiple of " + width);
    }
    if (penalty != null && penalty.universeSize() != universeRows) {
      throw new InvalidParameterException("penalty universe", penalty.universeSize() + " rows",
          universeRows + " rows, as the universe inputs");
    }
    FeedForwardNetwork shape = FeedForwardNetwork.initialise(plan.layerSizes(width), plan.hiddenActivations(),
        plan.initialisation(), Seeds.random(plan.seed(), 0));
    try (ParallelChunks parallel = new ParallelChunks(plan.threads())) {
      return new Run(shape, inputs, targets, width, universe, universeRows, penalty, parallel)
          .epochs(monitor, monitorEvery);
    }
  }

  /**
   * L_total of {@code network} and, into {@code gradient}, its exact gradient with respect to the
   * parameters (without weight decay, which Adam adds): what each epoch's step uses. For tests.
   */
  double totalLoss(FeedForwardNetwork network, double[] inputs, double[] targets, int width, double[] universe,
      RelationPenalty penalty, double[] gradient) {
    try (ParallelChunks parallel = new ParallelChunks(plan.threads())) {
      Run run = new Run(network, inputs, targets, width, universe, universe == null ? 0 : universe.length / width,
          penalty, parallel);
      double total = run.likelihoodPass(false) + (penalty == null ? 0 : penalty.weight() * run.universePass());
      run.sumGradient();
      System.arraycopy(run.gradient, 0, gradient, 0, gradient.length);
      return total;
    }
  }

  /** The mutable state of one run. */
  private final class Run {
    private final FeedForwardNetwork shape;
    private final MixtureDensityHead head;
    private final double[] p;
    private final double[] x;
    private final double[] y;
    private final int width;
    private final double[] universe;
    private final int universeRows;
    private final RelationPenalty penalty;
    private final ParallelChunks parallel;
    private final int out;
    private final Backpropagation[] trainWorkers;
    private final Backpropagation[] universeWorkers;
    private final double[][] trainGradients;
    private final double[][] universeGradients;
    private final double[] chunkLoss;
    private final double[] universeOutputs;
    private final int stateSize;
    private final double[] universeStates;
    private final double[] means;
    private final double[] meanGradient;
    private final double[] gradient;
    private final AdamOptimizer adam;

    Run(FeedForwardNetwork shape, double[] x, double[] y, int width, double[] universe, int universeRows,
        RelationPenalty penalty, ParallelChunks parallel) {
      this.shape = shape;
      this.head = plan.head();
      this.p = shape.parameters();
      this.x = x;
      this.y = y;
      this.width = width;
      this.universe = universe;
      this.universeRows = universeRows;
      this.penalty = penalty;
      this.parallel = parallel;
      this.out = head.outputWidth();
      int trainChunks = chunks(y.length);
      int universeChunks = chunks(universeRows);
      this.trainWorkers = workers(shape, trainChunks);
      this.universeWorkers = workers(shape, universeChunks);
      this.trainGradients = new double[trainChunks][p.length];
      this.universeGradients = new double[penalty == null ? 0 : universeChunks][p.length];
      this.chunkLoss = new double[trainChunks];
      this.universeOutputs = new double[universeRows * out];
      this.stateSize = trainWorkers[0].stateSize();
      this.universeStates = penalty != null && penalty.weight() > 0 ? new double[universeRows * stateSize] : null;
      this.means = new double[universeRows];
      this.meanGradient = new double[universeRows];
      this.gradient = new double[p.length];
      this.adam = new AdamOptimizer(plan.schedule().initialRate(), p.length, plan.adamEpsilon(), plan.weightDecay());
    }

    Result epochs(Monitor monitor, int monitorEvery) {
      List<Epoch> history = new ArrayList<>();
      double[] best = p.clone();
      double bestTotal = Double.POSITIVE_INFINITY;
      int bestEpoch = 0;
      double rate = plan.schedule().initialRate();
      double previous = Double.POSITIVE_INFINITY;
      for (int epoch = 1; epoch <= plan.maxEpochs(); epoch++) {
        rate = plan.schedule().rateBefore(epoch, previous, rate);
        double likelihood = likelihoodPass(epoch <= plan.sigmaWarmupEpochs());
        double weight = penalty == null ? 0.0 : penalty.weight();
        boolean recorded = epoch == 1 || epoch % monitorEvery == 0 || epoch == plan.maxEpochs();
        // Without a weighted penalty the universe is only predicted for the recorded epochs.
        double l2 = weight > 0 || recorded ? universePass() : Double.NaN;
        double total = likelihood + (weight > 0 ? weight * l2 : 0.0);
        if (!Double.isFinite(total)) {
          throw new IllegalStateException("MDN training diverged at epoch " + epoch + " (NLL " + likelihood
              + ", penalty " + l2 + "): lower the learning rate or the penalty weight");
        }
        if (recorded) {
          Epoch record = new Epoch(epoch, likelihood, penalty == null ? 0.0 : l2, total, rate);
          history.add(record);
          monitor.epoch(record, universe == null ? null : means);
        }
        if (total < bestTotal) {
          bestTotal = total;
          bestEpoch = epoch;
          System.arraycopy(p, 0, best, 0, p.length);
        }
        step(rate);
        previous = likelihood;
      }
      return new Result(shape.withParameters(best), head, history, bestEpoch);
    }

    /** L1 and its gradient (per chunk, unscaled sums); {@code frozenWidths}: none into the log-widths. */
    private double likelihoodPass(boolean frozenWidths) {
      int chunks = trainWorkers.length;
      parallel.run(chunks, c -> {
        double[] g = trainGradients[c];
        Arrays.fill(g, 0.0);
        double[] dOut = new double[out];
        double sum = 0;
        Backpropagation w = trainWorkers[c];
        for (int r = c * MiniBatchTrainer.CHUNK_ROWS; r < Math.min(y.length, (c + 1) * MiniBatchTrainer.CHUNK_ROWS);
            r++) {
          double[] o = w.outputs(p, x, r * width);
          sum += head.negativeLogLikelihood(o, 0, y[r], dOut, 0);
          if (frozenWidths) {
            java.util.Arrays.fill(dOut, 2 * head.components(), out, 0.0);
          }
          w.backpropagate(p, dOut, g);
        }
        chunkLoss[c] = sum;
      });
      double loss = 0;
      for (int c = 0; c < chunks; c++) {
        loss += chunkLoss[c];
      }
      return loss / y.length;
    }

    /** The universe means, L2 and (with a positive weight) its gradient per chunk. */
    private double universePass() {
      if (universe == null) {
        return 0.0;
      }
      parallel.run(universeWorkers.length, c -> {
        Backpropagation w = universeWorkers[c];
        for (int u = c * MiniBatchTrainer.CHUNK_ROWS;
            u < Math.min(universeRows, (c + 1) * MiniBatchTrainer.CHUNK_ROWS); u++) {
          double[] o = w.outputs(p, universe, u * width);
          System.arraycopy(o, 0, universeOutputs, u * out, out);
          means[u] = head.mean(o, 0);
          if (universeStates != null) {
            w.save(universeStates, u * stateSize);
          }
        }
      });
      if (penalty == null) {
        return 0.0;
      }
      double l2 = penalty.evaluate(means, meanGradient);
      if (penalty.weight() > 0) {
        parallel.run(universeWorkers.length, c -> {
          double[] g = universeGradients[c];
          Arrays.fill(g, 0.0);
          double[] dOut = new double[out];
          Backpropagation w = universeWorkers[c];
          for (int u = c * MiniBatchTrainer.CHUNK_ROWS;
              u < Math.min(universeRows, (c + 1) * MiniBatchTrainer.CHUNK_ROWS); u++) {
            if (meanGradient[u] != 0.0) {
              w.restore(universeStates, u * stateSize);
              Arrays.fill(dOut, 0.0);
              head.addMeanGradient(universeOutputs, u * out, meanGradient[u], dOut, 0);
              w.backpropagate(p, dOut, g);
            }
          }
        });
      }
      return l2;
    }

    /** Sums the chunk gradients in chunk order and takes one Adam step. */
    private void step(double rate) {
      sumGradient();
      adam.step(p, gradient, rate);
    }

    /** The gradient of L_total: the chunk gradients summed in chunk order. */
    private void sumGradient() {
      Arrays.fill(gradient, 0.0);
      for (double[] g : trainGradients) {
        for (int j = 0; j < gradient.length; j++) {
          gradient[j] += g[j];
        }
      }
      double inverse = 1.0 / y.length;
      for (int j = 0; j < gradient.length; j++) {
        gradient[j] *= inverse;
      }
      if (penalty != null && penalty.weight() > 0) {
        for (double[] g : universeGradients) {
          for (int j = 0; j < gradient.length; j++) {
            gradient[j] += g[j];
          }
        }
      }
    }
  }

  private static int chunks(int rows) {
    return (rows + MiniBatchTrainer.CHUNK_ROWS - 1) / MiniBatchTrainer.CHUNK_ROWS;
  }

  private static Backpropagation[] workers(FeedForwardNetwork shape, int count) {
    Backpropagation[] w = new Backpropagation[count];
    for (int c = 0; c < count; c++) {
      w[c] = new Backpropagation(shape);
    }
    return w;
  }
}

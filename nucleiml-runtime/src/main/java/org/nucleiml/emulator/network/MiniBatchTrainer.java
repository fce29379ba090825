package org.nucleiml.emulator.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;

/**
 * Trains a {@link FeedForwardNetwork} with shuffled mini-batches (or the full batch), Adam, a
 * learning-rate schedule and a stopping rule; the emulator's runs use early stopping on the validation
 * loss, restoring the best epoch's parameters.
 *
 * <p>Determinism: weights and shuffles come from the seed; every mini-batch is cut into chunks of
 * {@link #CHUNK_ROWS} rows whose gradients are computed on any thread into per-chunk buffers and summed
 * in chunk order, so the model is identical for any thread count.
 */
public final class MiniBatchTrainer {

  /** Rows per gradient chunk: the unit of parallel work, fixed so the summation order is too. */
  public static final int CHUNK_ROWS = 16;
  private static final int EVALUATION_CHUNK_ROWS = 512;

  private final TrainingPlan settings;

  /**
   * @param settings The hyper-parameters (the emulator's form).
   */
  public MiniBatchTrainer(TrainingSettings settings) {
    this(settings.plan());
  }

  /**
   * @param plan The hyper-parameters.
   */
  public MiniBatchTrainer(TrainingPlan plan) {
    this.settings = plan;
  }

  /**
   * Trains a new network on {@code train}, stopping early on the loss over {@code validation}.
   *
   * @param listener receives every finished epoch (for progress lines)
   */
  public TrainingResult train(TrainingData train, TrainingData validation, Consumer<EpochLoss> listener) {
    checkData(train, validation);
    int[] sizes = settings.layerSizes(train.inputWidth(), train.outputWidth());
    FeedForwardNetwork shape = FeedForwardNetwork.initialise(sizes, settings.hiddenActivations(),
        settings.initialisation(), Seeds.random(settings.seed(), 0));
    double[] p = shape.parameters();
    try (ParallelChunks parallel = new ParallelChunks(settings.threads())) {
      return new Run(shape, p, train, validation, parallel).epochs(listener);
    }
  }

  /** The mean loss of {@code network} on {@code data} (the same chunked, ordered sum as training). */
  public static double loss(FeedForwardNetwork network, TrainingData data, LossFunction loss, int threads) {
    try (ParallelChunks parallel = new ParallelChunks(threads)) {
      return evaluate(network, network.parametersView(), data, data.lossTargets(loss), loss, parallel);
    }
  }

  private static double evaluate(FeedForwardNetwork shape, double[] p, TrainingData data, double[] targets,
      LossFunction loss, ParallelChunks parallel) {
    int chunks = (data.rows() + EVALUATION_CHUNK_ROWS - 1) / EVALUATION_CHUNK_ROWS;
    double[] sums = new double[chunks];
    parallel.run(chunks, c -> sums[c] = new Backpropagation(shape).run(p, data, targets, loss, null,
        c * EVALUATION_CHUNK_ROWS, Math.min(data.rows(), (c + 1) * EVALUATION_CHUNK_ROWS), null));
    double sum = 0;
    for (double s : sums) {
      sum += s;
    }
    return sum / data.rows();
  }

  private void checkData(TrainingData train, TrainingData validation) {
    if (train.rows() == 0) {
      throw new InvalidParameterException("training_rows", 0, "at least one row");
    }
    if (validation.rows() == 0) {
      throw new InvalidParameterException("validation_rows", 0, "at least one row");
    }
    if (validation.inputWidth() != train.inputWidth() || validation.outputWidth() != train.outputWidth()) {
      throw new InvalidParameterException("validation_shape",
          validation.inputWidth() + "x" + validation.outputWidth(),
          train.inputWidth() + "x" + train.outputWidth() + " as the training data");
    }
  }

  /** The mutable state of one training run. */
  private final class Run {
    private final FeedForwardNetwork shape;
    private final double[] p;
    private final TrainingData train;
    private final TrainingData validation;
    private final ParallelChunks parallel;
    private final double[] trainTargets;
    private final double[] validationTargets;
    private final Backpropagation[] workers;
    private final double[][] gradients;
    private final double[] chunkLoss;
    private final double[] gradient;
    private final AdamOptimizer adam;
    private final int batchSize;

    Run(FeedForwardNetwork shape, double[] p, TrainingData train, TrainingData validation,
        ParallelChunks parallel) {
      this.shape = shape;
      this.p = p;
      this.train = train;
      this.validation = validation;
      this.parallel = parallel;
      this.trainTargets = train.lossTargets(settings.loss());
      this.validationTargets = validation.lossTargets(settings.loss());
      this.batchSize = Math.min(settings.batchSize(), train.rows());
      int chunks = (batchSize + CHUNK_ROWS - 1) / CHUNK_ROWS;
      this.workers = new Backpropagation[chunks];
      this.gradients = new double[chunks][p.length];
      for (int c = 0; c < chunks; c++) {
        workers[c] = new Backpropagation(shape);
      }
      this.chunkLoss = new double[chunks];
      this.gradient = new double[p.length];
      this.adam = new AdamOptimizer(settings.schedule().initialRate(), p.length, settings.adamEpsilon(),
          settings.weightDecay());
    }

    TrainingResult epochs(Consumer<EpochLoss> listener) {
      long start = System.nanoTime();
      StoppingRule rule = settings.stopping();
      // Tracks the best validation epoch for every rule: validation-best stopping, plateau reloads.
      EarlyStopping best = rule instanceof StoppingRule.ValidationBest v
          ? new EarlyStopping(v.patience(), v.minEpochs()) : new EarlyStopping(Integer.MAX_VALUE, 0);
      PlateauTracker plateau = settings.schedule() instanceof LearningRateSchedule.Plateau pl
          ? new PlateauTracker(pl) : null;
      List<EpochLoss> history = new ArrayList<>();
      List<Double> rates = new ArrayList<>();
      int[] order = identity(train.rows());
      boolean stopped = false;
      double rate = settings.schedule().initialRate();
      double trainingLoss = Double.POSITIVE_INFINITY;
      int epoch = 0;
      while (epoch < settings.maxEpochs() && !stopped) {
        epoch++;
        rate = settings.schedule().rateBefore(epoch, trainingLoss, rate);
        shuffle(order, Seeds.random(settings.seed(), 1, epoch));
        trainingLoss = epoch(order, rate);
        double validationLoss = evaluate(shape, p, validation, validationTargets, settings.loss(), parallel);
        checkFinite(epoch, trainingLoss, validationLoss);
        EpochLoss record = new EpochLoss(epoch, trainingLoss, validationLoss, (System.nanoTime() - start) / 1e9);
        history.add(record);
        rates.add(rate);
        listener.accept(record);
        boolean patienceOut = best.update(epoch, validationLoss, p);
        boolean ruleStops = rule instanceof StoppingRule.LossThreshold t ? trainingLoss < t.threshold()
            : rule instanceof StoppingRule.ValidationBest && patienceOut;
        if (plateau != null && !ruleStops) {
          rate = plateau.after(best, rate, p);
          ruleStops = rate < plateau.schedule().minRate();
        }
        stopped = ruleStops && epoch < settings.maxEpochs();
      }
      boolean keepBest = rule instanceof StoppingRule.ValidationBest;
      FeedForwardNetwork kept = shape.withParameters(keepBest ? best.bestParameters() : p);
      return new TrainingResult(kept, history, keepBest ? best.bestEpoch() : epoch, stopped, rates);
    }

    private double epoch(int[] order, double rate) {
      double sum = 0;
      for (int start = 0; start < order.length; start += batchSize) {
        sum += batch(order, start, Math.min(order.length, start + batchSize), rate);
      }
      return sum / order.length;
    }

    /** One Adam step on rows order[from..to); returns the summed loss of those rows. */
    private double batch(int[] order, int from, int to, double rate) {
      int chunks = (to - from + CHUNK_ROWS - 1) / CHUNK_ROWS;
      parallel.run(chunks, c -> chunkLoss[c] = workers[c].run(p, train, trainTargets, settings.loss(),
          order, from + c * CHUNK_ROWS, Math.min(to, from + (c + 1) * CHUNK_ROWS), gradients[c]));
      double inverse = 1.0 / (to - from);
      double loss = 0;
      java.util.Arrays.fill(gradient, 0.0);
      for (int c = 0; c < chunks; c++) {
        loss += chunkLoss[c];
        double[] g = gradients[c];
        for (int j = 0; j < gradient.length; j++) {
          gradient[j] += g[j];
        }
      }
      for (int j = 0; j < gradient.length; j++) {
        gradient[j] *= inverse;
      }
      adam.step(p, gradient, rate);
      return loss;
    }
  }

  private static void checkFinite(int epoch, double trainingLoss, double validationLoss) {
    if (!Double.isFinite(trainingLoss) || !Double.isFinite(validationLoss)) {
      throw new IllegalStateException("training diverged at epoch " + epoch + " (training loss "
          + trainingLoss + ", validation loss " + validationLoss + "): lower the learning rate");
    }
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Fisher-Yates shuffle. */
  private static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}

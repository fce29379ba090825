package org.nucleiml.emulator.network.dten;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.AdamOptimizer;
import org.nucleiml.emulator.network.EarlyStopping;
import org.nucleiml.emulator.network.EpochLoss;
import org.nucleiml.emulator.network.PlateauTracker;

/**
 * Trains one DTEN ([S002] §III): each epoch visits every training row once in a shuffle drawn from
 * (member seed, 1, epoch), in batches of {@link DtenPlan#batchSize()} (a last batch of a single row is
 * joined to the one before, since batch statistics need two rows); after each epoch the validation
 * loss is computed in inference mode; a new minimum saves the parameters and running statistics; after
 * {@code patience} epochs without one, the saved values are reloaded and the rate divided; the run ends
 * when the rate falls below the floor or at the epoch cap. The kept model is the best validation epoch.
 *
 * <p>Determinism: initial values from (member seed, 0), shuffles from (member seed, 1, epoch); every
 * sum in a fixed order ({@link DtenPasses}); so a member is bit-identical for any thread count.
 */
public final class DtenTrainer {

  private final DtenPlan plan;

  /** @param plan the hyper-parameters */
  public DtenTrainer(DtenPlan plan) {
    this.plan = plan;
  }

  /**
   * Trains one member.
   *
   * @param memberSeed fixes the initialisation and the shuffles ({@code Seeds.derive(plan.seed(), member)})
   * @param train scaled training rows, at least 2
   * @param validation scaled validation rows, at least 1
   * @param listener receives every finished epoch
   */
  public DtenTrainingResult train(long memberSeed, DtenData train, DtenData validation,
      Consumer<EpochLoss> listener) {
    DtenArchitecture a = plan.architecture();
    train.check(a);
    validation.check(a);
    if (train.rows() < 2) {
      throw new InvalidParameterException("training_rows", train.rows(), "at least 2 (batch normalisation)");
    }
    DtenNetwork network = new DtenNetwork(a);
    double[] p = network.initialise(Seeds.random(memberSeed, 0));
    double[] running = network.batchNorm().initialRunningStatistics();
    int[][] batches = batches(train.rows(), plan.batchSize());
    int widest = 0;
    for (int[] b : batches) {
      widest = Math.max(widest, b[1] - b[0]);
    }
    try (DtenPasses passes = new DtenPasses(network, widest, true, plan.threads())) {
      return new Run(network, passes, p, running, train, validation, batches).epochs(memberSeed, listener);
    }
  }

  /**
   * The [from, to) row ranges of an epoch's batches: {@code size} rows each, the last partial, a last
   * batch of one row joined to the one before.
   */
  static int[][] batches(int rows, int size) {
    List<int[]> list = new ArrayList<>();
    for (int from = 0; from < rows; from += size) {
      list.add(new int[] {from, Math.min(rows, from + size)});
    }
    int[] last = list.get(list.size() - 1);
    if (last[1] - last[0] == 1 && list.size() > 1) {
      list.remove(list.size() - 1);
      list.get(list.size() - 1)[1] = rows;
    }
    return list.toArray(int[][]::new);
  }

  /** The A^alpha loss weights of every row. */
  static double[] lossWeights(DtenData data, double alpha) {
    double[] w = new double[data.rows()];
    for (int r = 0; r < w.length; r++) {
      w[r] = alpha == 0 ? 1.0 : StrictMath.pow(data.massNumbers()[r], alpha);
    }
    return w;
  }

  /** Mean weighted squared error of {@code model} on {@code data} in inference mode. */
  public static double loss(DtenModel model, DtenData data, double alpha, int threads) {
    double[] y = model.predict(data, threads);
    return weightedError(y, data, lossWeights(data, alpha));
  }

  private static double weightedError(double[] y, DtenData data, double[] weights) {
    double sum = 0;
    for (int r = 0; r < y.length; r++) {
      double e = y[r] - data.targets()[r];
      sum += weights[r] * e * e;
    }
    return sum / y.length;
  }

  /** The mutable state of one run. */
  private final class Run {
    private final DtenNetwork network;
    private final DtenPasses passes;
    private final double[] p;
    private final double[] running;
    private final DtenData train;
    private final DtenData validation;
    private final int[][] batches;
    private final double[] trainWeights;
    private final double[] validationWeights;
    private final double[] gradient;
    private final double[] validationOutputs;

    Run(DtenNetwork network, DtenPasses passes, double[] p, double[] running, DtenData train, DtenData validation,
        int[][] batches) {
      this.network = network;
      this.passes = passes;
      this.p = p;
      this.running = running;
      this.train = train;
      this.validation = validation;
      this.batches = batches;
      this.trainWeights = lossWeights(train, plan.alpha());
      this.validationWeights = lossWeights(validation, plan.alpha());
      this.gradient = new double[p.length];
      this.validationOutputs = new double[validation.rows()];
    }

    DtenTrainingResult epochs(long memberSeed, Consumer<EpochLoss> listener) {
      long start = System.nanoTime();
      AdamOptimizer adam = new AdamOptimizer(plan.schedule().rate(), p.length, plan.adamEpsilon(), 0.0);
      EarlyStopping best = new EarlyStopping(Integer.MAX_VALUE, 0);
      PlateauTracker plateau = new PlateauTracker(plan.schedule());
      List<EpochLoss> history = new ArrayList<>();
      List<Double> rates = new ArrayList<>();
      double rate = plan.schedule().rate();
      double[] state = new double[p.length + running.length];
      boolean floor = false;
      for (int epoch = 1; epoch <= plan.maxEpochs() && !floor; epoch++) {
        int[] order = Seeds.permutation(train.rows(), Seeds.random(memberSeed, 1, epoch));
        double sum = 0;
        for (int[] b : batches) {
          sum += passes.trainBatch(p, running, train, trainWeights, order, b[0], b[1], gradient);
          adam.step(p, gradient, rate);
        }
        double trainingLoss = sum / train.rows();
        passes.predict(p, running, validation, 0, validation.rows(), validationOutputs);
        double validationLoss = weightedError(validationOutputs, validation, validationWeights);
        if (!Double.isFinite(trainingLoss) || !Double.isFinite(validationLoss)) {
          throw new IllegalStateException("DTEN training diverged at epoch " + epoch + " (training loss "
              + trainingLoss + ", validation loss " + validationLoss + "): lower the learning rate");
        }
        EpochLoss record = new EpochLoss(epoch, trainingLoss, validationLoss, (System.nanoTime() - start) / 1e9);
        history.add(record);
        rates.add(rate);
        listener.accept(record);
        pack(state);
        best.update(epoch, validationLoss, state);
        rate = plateau.after(best, rate, state);
        unpack(state);
        floor = rate < plan.schedule().minRate();
      }
      double[] kept = best.bestParameters();
      DtenModel model = new DtenModel(plan.architecture(), java.util.Arrays.copyOf(kept, p.length),
          java.util.Arrays.copyOfRange(kept, p.length, kept.length));
      return new DtenTrainingResult(model, best.bestEpoch(), history, rates, floor);
    }

    /** Parameters then running statistics: the state a plateau reload restores (as PyTorch's state_dict). */
    private void pack(double[] state) {
      System.arraycopy(p, 0, state, 0, p.length);
      System.arraycopy(running, 0, state, p.length, running.length);
    }

    private void unpack(double[] state) {
      System.arraycopy(state, 0, p, 0, p.length);
      System.arraycopy(state, p.length, running, 0, running.length);
    }
  }
}

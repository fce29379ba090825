package org.nucleiml.emulator.massmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nucleiml.Checks;
import org.nucleiml.emulator.network.MdnTrainer;
import org.nucleiml.emulator.network.ParallelChunks;
import org.nucleiml.emulator.network.RelationPenalty;
import org.nucleiml.masses.Nuclide;

/**
 * Trains a [S004] mass model: fits the input scaling and the z-score of the mass excess on the
 * training nuclei, builds the GK penalty over the data's universe (in the scaled target's units, so
 * the scale is part of the model) and runs the {@link MdnTrainer}. The learning curve holds L1, L2,
 * L_total and the RMS (MeV) of each monitored set at the current parameters, so the report shows both
 * the paper's selection criterion (lowest L_total) and the error on the unseen nuclei.
 */
public final class MdnMassTrainer {

  private MdnMassTrainer() {}

  /**
   * One point of the curve.
   *
   * @param epoch 1-based
   * @param likelihoodLoss L1 (scaled units)
   * @param penalty L2 (scaled units, unweighted)
   * @param totalLoss L1 + lambda L2
   * @param learningRate the epoch's rate
   * @param rmsMeV per monitored set, the RMS of the mean prediction, MeV
   */
  public record Point(int epoch, double likelihoodLoss, double penalty, double totalLoss, double learningRate,
      Map<String, Double> rmsMeV) {}

  /** Receives the recorded points of each member, possibly from several threads at once. */
  @FunctionalInterface
  public interface Progress {
    /** One recorded point of member {@code member}. */
    void point(int member, Point point);
  }

  /**
   * Trains one model: its M members one after another on {@code threads} threads each when M = 1, or
   * up to {@code threads} members at once on one thread each (the networks are tiny, so whole members
   * in parallel use the cores better than rows of one member). Neither changes a byte of the result.
   *
   * @param curveEvery record one curve point every so many epochs (the first and last are recorded too)
   * @param progress receives every recorded point
   */
  public static TrainedMdnModel train(MdnDefinition definition, MdnMassData data, int threads, int curveEvery,
      Progress progress) throws InterruptedException {
    Checks.positive("threads", threads);
    Checks.positive("curveEvery", curveEvery);
    int width = data.features().columns().size();
    double[][] trainRows = data.featureRows(data.train());
    MdnScaling scaling = MdnScaling.fit(definition.inputScaling(), trainRows, data.trainTargets());
    double[] x = scaling.inputs(trainRows);
    double[] y = new double[data.trainTargets().length];
    for (int i = 0; i < y.length; i++) {
      y[i] = scaling.scaledTarget(data.trainTargets()[i]);
    }
    double[] u = scaling.inputs(data.featureRows(data.universe()));
    double[][] coefficients = new double[data.centres().size()][];
    int[][] rows = data.relationRows(coefficients);
    RelationPenalty penalty = new RelationPenalty(rows, coefficients, data.universe().size(),
        definition.penaltyWeight(), definition.reduction());
    Map<Nuclide, Integer> index = data.index();
    int m = definition.members();
    TrainedMdnModel.Member[] members = new TrainedMdnModel.Member[m];
    int workers = Math.min(threads, m);
    int each = threads / workers;
    try (ParallelChunks pool = new ParallelChunks(workers)) {
      pool.run(m, k -> members[k] = member(definition, k, each, x, y, width, u, penalty, curveEvery, scaling, data,
          index, progress));
    }
    return new TrainedMdnModel(definition, data.features(), scaling, List.of(members));
  }

  private static TrainedMdnModel.Member member(MdnDefinition definition, int member, int threads, double[] x,
      double[] y, int width, double[] u, RelationPenalty penalty, int curveEvery, MdnScaling scaling, MdnMassData data,
      Map<Nuclide, Integer> index, Progress progress) {
    List<Point> points = new ArrayList<>();
    MdnTrainer.Result result = new MdnTrainer(definition.plan(member, threads)).train(x, y, width, u, penalty,
        curveEvery, (e, means) -> {
          Map<String, Double> rms = new java.util.LinkedHashMap<>();
          for (Map.Entry<String, Map<Nuclide, Double>> set : data.monitored().entrySet()) {
            double sum = 0;
            for (Map.Entry<Nuclide, Double> n : set.getValue().entrySet()) {
              double d = scaling.target(means[index.get(n.getKey())]) - n.getValue();
              sum += d * d;
            }
            rms.put(set.getKey(), Math.sqrt(sum / set.getValue().size()));
          }
          Point p = new Point(e.epoch(), e.likelihoodLoss(), e.penalty(), e.totalLoss(), e.learningRate(), rms);
          points.add(p);
          progress.point(member, p);
        });
    return new TrainedMdnModel.Member(definition.memberSeed(member), result.network(), result.keptEpoch(), points);
  }
}

package org.nucleiml.emulator;

import java.util.List;
import java.util.TreeSet;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleTable;
import org.nucleiml.emulator.network.LossFunction;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Tribuo trainers selectable by name, to compare the network with: "network", "cart",
 * "random-forest" and "linear" (XGBoost is not available).
 */
public final class BaselineTrainers {

  /** The accepted names. */
  public static final List<String> NAMES = List.of("network", "cart", "random-forest", "linear");

  private static final int TREE_DEPTH = 14;
  private static final int FOREST_SIZE = 30;

  private BaselineTrainers() {}

  /** Checks a name; returns it. */
  public static String check(String name) {
    if (!NAMES.contains(name)) {
      throw new InvalidParameterException("baseline", name, "one of " + NAMES);
    }
    return name;
  }

  /** A classification trainer by name. */
  public static Trainer<Label> classification(String name, NetworkConfig network, long seed, int threads) {
    return switch (check(name)) {
      case "network" -> new NeuralClassificationTrainer(network.learningRate(), network.batchSize(),
          network.maxEpochs(), network.minEpochs(), seed, threads)
          .withArchitecture(network.hiddenArray(), network.patience())
          .withLabelDomain(new TreeSet<>(SampleTable.LABELS));
      case "cart" -> new CARTClassificationTrainer(TREE_DEPTH);
      case "random-forest" -> new RandomForestTrainer<>(new CARTClassificationTrainer(TREE_DEPTH, 0.7f, seed),
          new VotingCombiner(), FOREST_SIZE, seed);
      default -> new LogisticRegressionTrainer();
    };
  }

  /** A regression trainer by name. */
  public static Trainer<Regressor> regression(String name, NetworkConfig network, LossFunction loss,
      TargetScaling scaling, long seed, int threads) {
    return switch (check(name)) {
      case "network" -> new NeuralRegressionTrainer(loss, scaling, network.learningRate(), network.batchSize(),
          network.maxEpochs(), network.minEpochs(), seed, threads)
          .withArchitecture(network.hiddenArray(), network.patience());
      case "cart" -> new CARTRegressionTrainer(TREE_DEPTH);
      case "random-forest" -> new RandomForestTrainer<>(new CARTRegressionTrainer(TREE_DEPTH, 5.0f, 0.0f, 0.7f,
          new MeanSquaredError(), seed), new AveragingCombiner(), FOREST_SIZE, seed);
      default -> new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1), 20, seed);
    };
  }
}

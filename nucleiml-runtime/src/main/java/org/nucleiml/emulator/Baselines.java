package org.nucleiml.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.Seeds;
import org.nucleiml.data.SampleTable;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

/**
 * Trains and scores a Tribuo baseline on the emulator's splits, with Tribuo's evaluators: test
 * accuracy of the classifier, and R^2 and within-1% fraction of each regression target.
 */
final class Baselines {

  private Baselines() {}

  static Map<String, Double> score(String name, TrainingConfig config, SampleTable table, FeatureSet features,
      int[] classTrain, int[] classTest, int[] regTrain, int[] regTest) {
    long seed = Seeds.derive(config.seed(), 20);
    Map<String, Double> scores = new LinkedHashMap<>();
    MutableDataset<Label> ctrain = SampleDatasets.classification(table, features, classTrain, "baseline training");
    MutableDataset<Label> ctest = SampleDatasets.classification(table, features, classTest, "baseline test");
    Model<Label> classifier = BaselineTrainers.classification(name, config.classifier(), seed, config.threads())
        .train(ctrain);
    scores.put("accuracy", new LabelEvaluator().evaluate(classifier, ctest).accuracy());
    List<String> targets = SampleDatasets.TARGETS;
    MutableDataset<Regressor> rtrain = SampleDatasets.regression(table, features, regTrain, targets, "baseline training");
    MutableDataset<Regressor> rtest = SampleDatasets.regression(table, features, regTest, targets, "baseline test");
    Model<Regressor> regressor = BaselineTrainers.regression(name, config.regressor(), config.regressionLoss(),
        config.targetScaling(), seed, config.threads()).train(rtrain);
    RegressionEvaluation evaluation = new RegressionEvaluator().evaluate(regressor, rtest);
    List<Prediction<Regressor>> predictions = regressor.predict(rtest);
    for (String target : targets) {
      scores.put("r2_" + target, evaluation.r2(new Regressor(target, Double.NaN)));
      scores.put("within_1_percent_" + target, within(predictions, target, 0.01));
    }
    return scores;
  }

  private static double within(List<Prediction<Regressor>> predictions, String target, double tolerance) {
    int ok = 0;
    for (Prediction<Regressor> p : predictions) {
      double truth = value(p.getExample().getOutput(), target);
      double predicted = value(p.getOutput(), target);
      ok += Math.abs(predicted - truth) <= tolerance * Math.abs(truth) ? 1 : 0;
    }
    return (double) ok / predictions.size();
  }

  private static double value(Regressor r, String target) {
    String[] names = r.getNames();
    for (int k = 0; k < names.length; k++) {
      if (names[k].equals(target)) {
        return r.getValues()[k];
      }
    }
    return Double.NaN;
  }
}

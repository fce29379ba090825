package org.nucleiml.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.nucleiml.emulator.network.EpochLoss;
import org.nucleiml.emulator.network.TrainingResult;
import org.tribuo.Model;

/** The "training" node of emulator.json: data set, hyper-parameters, histories, provenance, figures. */
final class TrainingRecord {

  private TrainingRecord() {}

  static JsonNode of(TrainingConfig config, String sha256, int rows, NeuralClassificationModel classifier,
      RegressorEnsemble ensemble, TrainingReport report) {
    List<NeuralRegressionModel> regressors = ensemble.first();
    ObjectNode root = EmulatorTraining.object();
    ObjectNode dataset = root.putObject("dataset");
    dataset.put("file", config.data().getFileName().toString()).put("sha256", sha256).put("rows", rows);
    dataset.set("manifest", config.datasetManifest());
    root.set("hyper_parameters", hyperParameters(config));
    root.set("classifier", network(classifier, classifier.network().result()));
    ArrayNode regs = root.putArray("regressors");
    for (int m = 0; m < ensemble.size(); m++) {
      for (NeuralRegressionModel r : ensemble.members().get(m)) {
        ObjectNode node = network(r, r.network().result());
        node.set("targets", EmulatorTraining.toJson(r.targetScaler().targets()));
        if (ensemble.size() > 1) {
          node.put("member", m);
        }
        regs.add(node);
      }
    }
    root.set("trained_nuclei", EmulatorTraining.toJson(trainedNuclei(regressors).stream()
        .map(org.nucleiml.physics.Nucleus::name).toList()));
    root.set("figures", figures(report));
    return root;
  }

  // the figures only: the report's wall time and paths are run facts (run-info.json)
  private static ObjectNode figures(TrainingReport report) {
    ObjectNode figures = EmulatorTraining.object();
    figures.set("classifier", EmulatorTraining.toJson(report.classifier()));
    figures.set("regressors", EmulatorTraining.toJson(report.regressors()));
    figures.set("baselines", EmulatorTraining.toJson(report.baselines()));
    figures.set("trainingRows", EmulatorTraining.toJson(report.trainingRows()));
    return figures;
  }

  private static ObjectNode hyperParameters(TrainingConfig config) {
    ObjectNode h = EmulatorTraining.object();
    h.put("seed", config.seed()).put("physics_features", config.physicsFeatures());
    h.set("classifier", EmulatorTraining.toJson(config.classifier()));
    h.set("regressor", EmulatorTraining.toJson(config.regressor()));
    h.put("regression_loss", config.regressionLoss().name()).put("target_scaling", config.targetScaling().name())
        .put("separate_targets", config.separateTargets());
    h.set("classifier_split", EmulatorTraining.toJson(config.classifierSplit()));
    h.set("regressor_split", EmulatorTraining.toJson(config.regressorSplit()));
    h.put("coupling_prefilter", config.hasCouplings() != null);
    if (config.ensembleSize() > 1) {
      // absent for one member, so the descriptor of M = 1 stays that of the emulator before ensembles
      h.put("ensemble_size", config.ensembleSize()).put("calibrate_variance", config.calibrateVariance());
      if (config.varianceCalibration() != CalibrationMethod.GLOBAL) {
        // absent for the default method, so those descriptors stay as they were before the methods
        h.put("variance_calibration", config.varianceCalibration().text());
      }
    }
    return h;
  }

  private static ObjectNode network(Model<?> model, TrainingResult result) {
    ObjectNode node = EmulatorTraining.object();
    node.put("best_epoch", result.bestEpoch()).put("stopped_early", result.stoppedEarly());
    ArrayNode history = node.putArray("history");
    for (EpochLoss e : result.history()) {
      history.addObject().put("epoch", e.epoch()).put("training_loss", e.trainingLoss())
          .put("validation_loss", e.validationLoss());
    }
    node.set("tribuo_provenance", TribuoProvenance.of(model.getProvenance()).identity());
    return node;
  }

  /**
   * The run facts of the training that the "training" node leaves out: threads, wall time, each
   * network's per-epoch elapsed seconds and the run facts of its Tribuo provenance.
   */
  static ObjectNode runFacts(NeuralClassificationModel classifier, RegressorEnsemble ensemble,
      TrainingReport report) {
    ObjectNode root = EmulatorTraining.object();
    root.put("training_wall_time_s", report.wallTimeSeconds());
    ObjectNode networks = root.putObject("networks");
    networks.set("classifier", networkFacts(classifier, classifier.network().result()));
    for (int m = 0; m < ensemble.size(); m++) {
      for (NeuralRegressionModel r : ensemble.members().get(m)) {
        networks.set("regressor-" + String.join("+", r.targetScaler().targets()) + (m == 0 ? "" : "-member" + m),
            networkFacts(r, r.network().result()));
      }
    }
    return root;
  }

  private static ObjectNode networkFacts(Model<?> model, TrainingResult result) {
    ObjectNode node = EmulatorTraining.object();
    ArrayNode elapsed = node.putArray("epoch_elapsed_s");
    result.history().forEach(e -> elapsed.add(e.elapsedSeconds()));
    node.set("tribuo_provenance", TribuoProvenance.of(model.getProvenance()).runFacts());
    return node;
  }

  static List<org.nucleiml.physics.Nucleus> trainedNuclei(List<NeuralRegressionModel> regressors) {
    return regressors.get(0).targetScaler().nuclei().stream()
        .map(s -> new org.nucleiml.physics.Nucleus(s.z(), s.n())).toList();
  }
}

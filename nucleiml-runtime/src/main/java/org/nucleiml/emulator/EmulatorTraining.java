package org.nucleiml.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.data.SampleTable;
import org.nucleiml.emulator.network.EpochLoss;
import org.nucleiml.emulator.network.TrainingResult;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.files.ContentHash;
import org.nucleiml.files.OutputLock;
import org.nucleiml.files.RunInfo;
import org.nucleiml.ProgressMeter;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Trains the emulator from samples.csv: grouped splits, the admissibility classifier on all rows,
 * the regressor on admissible rows, test figures, then the artifact. The entry point of nml:train
 * and {@code nml train}.
 */
public final class EmulatorTraining {

  private final TrainingConfig config;
  private final Consumer<String> progress;
  private final SampleTable table;
  private final FeatureSet features;

  private EmulatorTraining(TrainingConfig config, Consumer<String> progress, SampleTable table) {
    this.config = config;
    this.progress = progress;
    this.table = table;
    this.features = new FeatureSet(config.physicsFeatures());
  }

  /**
   * Runs the training and writes the artifact.
   *
   * @param progress receives progress lines (at most every few seconds per network)
   * @throws InvalidParameterException for a corrupt or unusable data set, naming file, line and column
   */
  public static TrainingReport run(TrainingConfig config, Consumer<String> progress) throws IOException {
    RunInfo runInfo = RunInfo.start("train", config.threads());
    // own the artifact directory from the start: a second run fails now, not after minutes of training
    try (OutputLock lock = OutputLock.acquire("output", config.output())) {
      SampleTable table = SampleTable.read(config.data());
      if (IntStream.range(0, table.size()).noneMatch(table::admissible)) {
        throw new InvalidParameterException(config.data() + " column label", "no admissible rows",
            "at least one admissible row to train the regressor");
      }
      return new EmulatorTraining(config, progress, table).train(runInfo);
    }
  }

  private TrainingReport train(RunInfo runInfo) throws IOException {
    Split c = split(IntStream.range(0, table.size()).toArray(), config.classifierSplit(), 1);
    Split r = split(IntStream.range(0, table.size()).filter(table::admissible).toArray(), config.regressorSplit(), 2);
    int[] classifierTraining = prefiltered(c.training);
    NeuralClassificationModel classifier = trainClassifier(classifierTraining, prefiltered(c.validation));
    RegressorEnsemble ensemble = RegressorEnsemble.uncalibrated(trainMembers(r));
    List<NeuralRegressionModel> regressors = ensemble.first();
    Emulator emulator = EmulatorArtifact.assemble(features, classifier, ensemble)
        .withCouplingFilter(config.hasCouplings());
    if (config.calibrateVariance()) {
      VarianceScale scale = VarianceCalibration.fit(emulator, table, r.validation, config.varianceCalibration());
      ensemble = new RegressorEnsemble(ensemble.members(), scale);
      emulator = emulator.withVarianceScale(scale);
      progress.accept("regressor ensemble: variance scales (binding energy, charge radius) " + scale.global()
          + (scale.nuclei().isEmpty() ? "" : ", per nucleus " + scale.nuclei()) + ", method " + scale.method()
          + ", fitted on " + r.validation.length + " validation rows");
    }
    TrainingReport.ClassifierFigures cf = EmulatorEvaluation.classifier(emulator, table, c.test,
        config.hasCouplings() != null, classifier.network().result());
    List<TrainingReport.RegressorFigures> rf = EmulatorEvaluation.regressors(emulator, table, r.test, regressors);
    Map<String, Map<String, Double>> baselines = new LinkedHashMap<>();
    for (String name : config.baselines()) {
      baselines.put(name, baseline(name, classifierTraining, c.test, r));
    }
    double wall = runInfo.elapsedSeconds();
    // a LinkedHashMap, not Map.of: Map.of's iteration order changes from one JVM run to the next
    Map<String, Integer> trainingRows = new LinkedHashMap<>();
    trainingRows.put("classifier", classifierTraining.length);
    trainingRows.put("regressor", r.training.length);
    TrainingReport report = new TrainingReport(cf, rf, baselines, trainingRows, wall, config.output(), config.zip());
    EmulatorDomain domain = EmulatorDomain.of(TrainingRecord.trainedNuclei(regressors), config.datasetManifest(),
        table);
    EmulatorArtifact.write(config.output(), config.zip(), features, classifier, config.hasCouplings() != null,
        ensemble, domain, TrainingRecord.of(config, ContentHash.of(config.data()), table.size(), classifier, ensemble,
            report));
    runInfo.put("data", config.data()).put("output", config.output())
        .put("training", TrainingRecord.runFacts(classifier, ensemble, report));
    if (config.zip() != null) {
      runInfo.put("zip", config.zip());
    }
    runInfo.write(config.output());
    return report;
  }

  private List<List<String>> targetGroups() {
    return config.separateTargets() ? SampleDatasets.TARGETS.stream().map(List::of).toList()
        : List.of(SampleDatasets.TARGETS);
  }

  /** Table rows of each part of a grouped split of {@code rows}. */
  private record Split(int[] training, int[] validation, int[] test) {}

  private Split split(int[] rows, GroupedSplit split, long stream) {
    long[] groups = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      groups[i] = table.sampleId(rows[i]);
    }
    GroupedSplit.Parts parts = split.apply(groups, Seeds.derive(config.seed(), stream));
    return new Split(pick(rows, parts.training()), pick(rows, parts.validation()), pick(rows, parts.test()));
  }

  private static int[] pick(int[] rows, int[] indices) {
    return IntStream.of(indices).map(i -> rows[i]).toArray();
  }

  /** Drops rows the exact pre-filter already decides (they are non-admissible with certainty). */
  private int[] prefiltered(int[] rows) {
    if (config.hasCouplings() == null) {
      return rows;
    }
    return IntStream.of(rows).filter(r -> config.hasCouplings().test(
        NuclearMatterParameters.fromArray(table.nmp(r)))).toArray();
  }

  private NeuralClassificationModel trainClassifier(int[] training, int[] validation) {
    NeuralClassificationTrainer trainer = (NeuralClassificationTrainer) BaselineTrainers.classification(
        "network", config.classifier(), Seeds.derive(config.seed(), 11), config.threads());
    Model<Label> model = trainer.train(dataset(training, "classifier training"),
        dataset(validation, "classifier validation"), Map.of(), listener("classifier", config.classifier()));
    return (NeuralClassificationModel) model;
  }

  /**
   * Trains the M regressor members, each with all target groups; members run concurrently, each on
   * its share of the threads. A member's networks depend only on its seed, never on the threads.
   */
  private List<List<NeuralRegressionModel>> trainMembers(Split r) throws IOException {
    int size = config.ensembleSize();
    if (size == 1) {
      return List.of(trainMember(0, r, config.threads()));
    }
    int parallel = Math.min(size, config.threads());
    int threadsEach = Math.max(1, config.threads() / parallel);
    ExecutorService pool = Executors.newFixedThreadPool(parallel, task -> {
      Thread t = new Thread(task, "nml-regressor-member");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<NeuralRegressionModel>>> futures = new ArrayList<>();
      for (int m = 0; m < size; m++) {
        int member = m;
        futures.add(pool.submit(() -> trainMember(member, r, threadsEach)));
      }
      List<List<NeuralRegressionModel>> members = new ArrayList<>();
      for (Future<List<NeuralRegressionModel>> f : futures) {
        members.add(f.get());
      }
      return members;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while training regressor members");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("training a regressor member failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<NeuralRegressionModel> trainMember(int member, Split r, int threads) {
    List<NeuralRegressionModel> models = new ArrayList<>();
    for (List<String> targets : targetGroups()) {
      models.add(trainRegressor(targets, r, member, threads));
    }
    return models;
  }

  /**
   * The seed of a member's network for a target group: member 0 keeps the seed of the single regressor
   * (so M = 1 is exactly the emulator without ensembles, and M = 4 extends it); member m >= 1 draws
   * from (seed, 12, target, m).
   */
  static long memberSeed(long seed, int target, int member) {
    return member == 0 ? Seeds.derive(seed, 12, target) : Seeds.derive(seed, 12, target, member);
  }

  private NeuralRegressionModel trainRegressor(List<String> targets, Split r, int member, int threads) {
    NeuralRegressionTrainer trainer = (NeuralRegressionTrainer) BaselineTrainers.regression("network",
        config.regressor(), config.regressionLoss(), config.targetScaling(),
        memberSeed(config.seed(), SampleDatasets.TARGETS.indexOf(targets.get(0)), member), threads);
    String task = "regressor " + String.join("+", targets)
        + (config.ensembleSize() > 1 ? " member " + (member + 1) + "/" + config.ensembleSize() : "");
    Model<Regressor> model = trainer.train(regression(r.training, targets, "regressor training"),
        regression(r.validation, targets, "regressor validation"), Map.of(), listener(task, config.regressor()));
    return (NeuralRegressionModel) model;
  }

  private MutableDataset<Label> dataset(int[] rows, String part) {
    return SampleDatasets.classification(table, features, rows, description(part));
  }

  private MutableDataset<Regressor> regression(int[] rows, List<String> targets, String part) {
    return SampleDatasets.regression(table, features, rows, targets, description(part));
  }

  private String description(String part) {
    // the file name only: Tribuo keeps this text in the model's provenance, which emulator.json holds
    return config.data().getFileName() + " (" + part + ", seed " + config.seed() + ")";
  }

  private Consumer<EpochLoss> listener(String task, NetworkConfig network) {
    ProgressMeter meter = new ProgressMeter("train " + task + ": epochs", network.maxEpochs(),
        Duration.ofSeconds(5), progress);
    return e -> meter.advance(1, () -> String.format(java.util.Locale.ROOT, "loss %.5g, validation loss %.5g",
        e.trainingLoss(), e.validationLoss()));
  }

  private Map<String, Double> baseline(String name, int[] classifierTraining, int[] classifierTest, Split r) {
    return Baselines.score(name, config, table, features, classifierTraining, classifierTest, r.training, r.test);
  }

  static int epochs(TrainingResult result) {
    return result.history().size();
  }

  static JsonNode toJson(Object value) {
    return EmulatorArtifact.JSON.valueToTree(value);
  }

  static ObjectNode object() {
    return EmulatorArtifact.JSON.createObjectNode();
  }
}

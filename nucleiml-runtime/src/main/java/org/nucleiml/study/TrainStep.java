package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.emulator.CalibrationMethod;
import org.nucleiml.emulator.EmulatorTraining;
import org.nucleiml.emulator.ExactCouplingFilter;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.TrainingReport;
import org.nucleiml.files.ContentHash;
import org.nucleiml.files.RunInfo;

/**
 * The train step of a study: fingerprints the data set and hyper-parameters, then skips or trains the
 * emulator, with the inverse map as the classifier's exact no-couplings pre-filter.
 */
public final class TrainStep {

  private final TrainingConfig config;
  private final boolean exactCouplingFilter;
  private final Consumer<String> log;

  /**
   * @param config the training run (data, artifact, networks, splits, seed)
   * @param exactCouplingFilter apply the inverse map exactly instead of learning the no-couplings class
   * @param log status and progress lines
   */
  public TrainStep(TrainingConfig config, boolean exactCouplingFilter, Consumer<String> log) {
    this.config = config;
    this.exactCouplingFilter = exactCouplingFilter;
    this.log = log;
  }

  /** Everything the emulator depends on; thread count and output location are absent. */
  public StepFingerprint fingerprint() throws IOException {
    if (!Files.isRegularFile(config.data())) {
      throw new InvalidParameterException("data", config.data(),
          "an existing samples.csv (run nml:generate first)");
    }
    StepFingerprint.Builder builder = StepFingerprint.builder("train", RuntimeVersion.fingerprint())
        .input("samples.csv", ContentHash.of(config.data()))
        .parameter("seed", config.seed())
        .parameter("physicsFeatures", config.physicsFeatures())
        .parameter("classifier", config.classifier())
        .parameter("regressor", config.regressor())
        .parameter("regressionLoss", config.regressionLoss())
        .parameter("targetScaling", config.targetScaling())
        .parameter("separateTargets", config.separateTargets())
        .parameter("classifierSplit", config.classifierSplit())
        .parameter("regressorSplit", config.regressorSplit())
        .parameter("baselines", config.baselines())
        .parameter("exactCouplingFilter", exactCouplingFilter);
    if (config.ensembleSize() > 1) {
      // only for ensembles: the fingerprint of a single network stays that of the runtime before them
      builder.parameter("ensembleSize", config.ensembleSize()).parameter("calibrateVariance", config.calibrateVariance());
      if (config.varianceCalibration() != CalibrationMethod.GLOBAL) {
        builder.parameter("varianceCalibration", config.varianceCalibration().text());
      }
    }
    return builder.build();
  }

  /** Trains unless the artifact is up to date; returns the report, empty when nothing ran. */
  public Optional<TrainingReport> run() throws IOException, InterruptedException {
    TrainingReport[] report = new TrainingReport[1];
    new StepRunner(log, Optional.empty()).run(fingerprint(), config.output(), () -> {
      report[0] = EmulatorTraining.run(withDatasetManifest(config, exactCouplingFilter), log);
      logFigures(report[0]);
      return outputs();
    });
    return Optional.ofNullable(report[0]);
  }

  /**
   * The config with the data set's dataset.json attached and, when asked, the inverse map as the
   * classifier's exact no-couplings pre-filter (with the data set's own masses).
   */
  public static TrainingConfig withDatasetManifest(TrainingConfig config, boolean exactCouplingFilter)
      throws IOException {
    Path manifestFile = config.data().resolveSibling("dataset.json");
    JsonNode manifest = null;
    if (Files.isRegularFile(manifestFile)) {
      try {
        manifest = new ObjectMapper().readTree(manifestFile.toFile());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InvalidParameterException(manifestFile.toString(), "unreadable JSON (" + e.getOriginalMessage()
            + ")", "the dataset.json nml:generate wrote next to " + config.data().getFileName());
      }
      // The manifest's provenance, box and masses (the coupling filter's) must be those of this very data.
      String recorded = manifest.path("samples_csv_sha256").asText();
      String actual = ContentHash.of(config.data());
      if (!recorded.equals(actual)) {
        throw new InvalidParameterException(manifestFile.toString(), "samples_csv_sha256 " + (recorded.isEmpty()
            ? "missing" : recorded) + ", but " + config.data() + " has SHA-256 " + actual,
            "the dataset.json of the run that wrote this samples.csv (generate again, or remove the stale"
            + " dataset.json)");
      }
    }
    return config.withExtras(manifest, config.baselines(),
        exactCouplingFilter ? ExactCouplingFilter.forDataset(manifest) : null);
  }

  private List<String> outputs() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(config.output())) {
      s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".") && !n.equals(StepManifest.FILE_NAME) && !RunInfo.isRunInfo(n)).sorted().forEach(files::add);
    }
    if (config.zip() != null) {
      files.add(config.output().relativize(config.zip()).toString());
    }
    return files;
  }

  private void logFigures(TrainingReport r) {
    log.accept(String.format(Locale.ROOT, "classifier: test accuracy %.4f on %d rows (exact no-couplings filter: %s)",
        r.classifier().accuracy(), r.classifier().testRows(), r.classifier().couplingPrefilter()));
    for (TrainingReport.RegressorFigures f : r.regressors()) {
      log.accept(String.format(Locale.ROOT, "regressor %s: within 1%% %.4f, within 0.5%% %.4f, MAPE %.3f%%, R2 %.5f",
          f.target(), f.withinOnePercent(), f.withinHalfPercent(), f.mape(), f.r2()));
    }
    log.accept(String.format(Locale.ROOT, "emulator written to %s in %.1f s", config.output(), r.wallTimeSeconds()));
  }
}

package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.masses.ChartDataset;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.DatasetJson;
import org.nucleiml.masses.EvaluationSet;
import org.nucleiml.masses.NucleiCsv;
import org.nucleiml.masses.TableSource;

/**
 * The dataset step of a mass-model study: reads the tables the configuration needs, fingerprints
 * the configuration with their SHA-256s, then skips, restores from the build cache, or builds
 * nuclei.csv and dataset.json (checking the expected counts before anything is written).
 */
public final class DatasetStep {

  private final DatasetConfig config;
  private final Consumer<String> log;

  /**
   * @param config the run
   * @param log status lines
   */
  public DatasetStep(DatasetConfig config, Consumer<String> log) {
    this.config = config;
    this.log = log;
  }

  /** Reads the tables the configuration uses, by id. */
  public Map<String, TableSource.LoadedTable> loadTables() throws IOException {
    Map<String, TableSource> byId = sources();
    Map<String, TableSource.LoadedTable> loaded = new LinkedHashMap<>();
    for (String id : ChartDataset.requiredTables(config)) {
      loaded.put(id, byId.get(id).load());
    }
    return loaded;
  }

  private Map<String, TableSource> sources() {
    Map<String, TableSource> byId = new LinkedHashMap<>();
    config.tables().forEach(t -> byId.put(t.id(), t));
    return byId;
  }

  /** Everything the outputs depend on; the output directory is deliberately absent. */
  public StepFingerprint fingerprint(Map<String, TableSource.LoadedTable> tables) {
    StepFingerprint.Builder b = StepFingerprint.builder("dataset", RuntimeVersion.fingerprint())
        .parameter("massTable", config.massTable())
        .parameter("selection", config.selection().describe())
        .parameter("target", config.target().id())
        .parameter("featureSets", config.featureSets().stream().map(ChartFeatures::id)
            .collect(Collectors.joining(",")))
        .parameter("baseline", config.baseline().id())
        .parameter("deformationTable", config.deformationTable())
        .parameter("deformationForm", config.deformationForm().name())
        .parameter("split", config.split().describe())
        .parameter("seed", config.seed())
        .parameter("expectedCounts", config.expectedCounts());
    for (EvaluationSet e : config.evaluationSets()) {
      b.parameter("evaluationSet." + e.id(), e.table() + ", "
          + (e.selection() == null ? "main selection" : e.selection().describe())
          + (e.relation() == null ? "" : ", " + e.relation()));
    }
    tables.forEach((id, t) -> b.parameter("table." + id, t.source().format().id()
        + (t.source().file() == null ? " (bundled)" : " (file " + t.source().file().getFileName() + ")"))
        .input("table." + id, t.sha256()));
    return b.build();
  }

  /** Builds the data set unless it is up to date. */
  public StepRunner.Outcome run(Optional<BuildCache> cache) throws IOException, InterruptedException {
    Map<String, TableSource.LoadedTable> tables = loadTables();
    StepFingerprint fp = fingerprint(tables);
    Path dir = config.outputDirectory();
    return new StepRunner(log, cache).run(fp, dir, () -> {
      ChartDataset data = ChartDataset.build(config, tables);
      NucleiCsv.write(dir.resolve(DatasetConfig.NUCLEI_FILE), data.featureColumns(), data.rows());
      Map<String, String> hashes = new LinkedHashMap<>();
      tables.forEach((id, t) -> hashes.put(id, t.sha256()));
      DatasetJson.write(dir.resolve(DatasetConfig.DATASET_FILE), data, sources(), hashes, RuntimeVersion.get());
      log.accept("nml:dataset wrote " + data.rows().size() + " rows, counts " + data.counts() + " to " + dir);
      return List.of(DatasetConfig.NUCLEI_FILE, DatasetConfig.DATASET_FILE);
    });
  }
}

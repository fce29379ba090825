package org.nucleiml.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;

/**
 * What a generate run produced, written as dataset.json next to samples.csv: the configuration
 * (seed, box, design, nuclei, threshold, solver settings, runtime version), the CSV's SHA-256, the
 * class counts, and the cost (wall time, points per second) of the points computed by this run.
 *
 * @param config the run's configuration
 * @param counts rows per class
 * @param samplesFile the CSV written
 * @param samplesSha256 its SHA-256
 * @param wallSeconds wall time of this run
 * @param computedPoints points evaluated by this run (fewer than the total when resumed)
 * @param solverSettings the evaluator's settings
 */
public record GenerationSummary(GenerationConfig config, ClassCounts counts, Path samplesFile,
    String samplesSha256, double wallSeconds, long computedPoints, Map<String, Object> solverSettings) {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static GenerationSummary of(GenerationConfig config, ClassCounts counts, Path samplesFile,
      double wallSeconds, long computedPoints, Map<String, Object> solverSettings) throws IOException {
    return new GenerationSummary(config, counts, samplesFile, ContentHash.of(samplesFile), wallSeconds,
        computedPoints, solverSettings);
  }

  /** Parameter sets evaluated per second of wall time in this run. */
  public double pointsPerSecond() {
    return wallSeconds > 0 ? computedPoints / wallSeconds : 0.0;
  }

  /** Writes dataset.json atomically. */
  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, MAPPER.writeValueAsString(toJson()) + "\n");
  }

  /** The manifest as JSON. */
  public ObjectNode toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("runtime_version", RuntimeVersion.get());
    root.put("seed", config.seed());
    root.put("samples", config.samples());
    root.put("design", config.design().id());
    ObjectNode box = root.putObject("box");
    config.box().ranges().forEach(r -> box.putArray(r.name()).add(r.min()).add(r.max()));
    root.putArray("nuclei").addAll(config.nuclei().stream()
        .map(n -> MAPPER.getNodeFactory().textNode(n.name())).toList());
    ObjectNode threshold = root.putObject("threshold");
    threshold.put("mode", config.threshold().mode().name().toLowerCase(java.util.Locale.ROOT));
    threshold.put("value", config.threshold().value());
    threshold.put("radius_relative", config.threshold().radiusRelative());
    root.set("solver", MAPPER.valueToTree(solverSettings));
    root.put("chunk_size", config.chunkSize());
    root.put("shard", config.shard());
    root.put("shards", config.shards());
    root.put("samples_csv", samplesFile.getFileName().toString());
    root.put("samples_csv_sha256", samplesSha256);
    root.put("rows", counts.total());
    root.set("counts_label4", MAPPER.valueToTree(counts.byLabel4()));
    ObjectNode binary = root.putObject("counts_label");
    binary.put(Admissibility.ADMISSIBLE_LABEL, counts.get(Admissibility.ADMISSIBLE));
    binary.put(Admissibility.NON_ADMISSIBLE_LABEL, counts.total() - counts.get(Admissibility.ADMISSIBLE));
    return root;
  }

  /** The run facts left out of dataset.json (they differ between runs), for run-info.json. */
  public Map<String, Object> runFacts() {
    Map<String, Object> facts = new java.util.LinkedHashMap<>();
    facts.put("generation_wall_time_s", wallSeconds);
    // a resumed run computes only the chunks an interrupted one left
    facts.put("computed_points", computedPoints);
    facts.put("points_per_second", pointsPerSecond());
    return facts;
  }

  /** Names of the nuclei, for logs. */
  public String nucleiNames() {
    return String.join(",", config.nuclei().stream().map(Nucleus::name).toList());
  }
}

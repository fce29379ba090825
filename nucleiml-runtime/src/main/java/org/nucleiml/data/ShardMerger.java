package org.nucleiml.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;

/**
 * Joins the parts of a sharded run (samples.shard-i-of-n.csv with their dataset.shard-i-of-n.json) into
 * the samples.csv and dataset.json a single run would have written: the shards cover consecutive
 * chunks, so concatenating them in shard order gives the same bytes.
 */
public final class ShardMerger {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ShardMerger() {}

  /**
   * Merges the {@code shards} parts found in {@code dir} into {@code dir/samples.csv} and
   * {@code dir/dataset.json}.
   *
   * @throws InvalidParameterException when a part is missing or belongs to a different run
   */
  public static Path merge(Path dir, int shards) throws IOException {
    return merge(dir, shards, dir);
  }

  /**
   * Merges the {@code shards} parts found in {@code dir} into {@code outputDir/samples.csv} and
   * {@code outputDir/dataset.json}.
   */
  public static Path merge(Path dir, int shards, Path outputDir) throws IOException {
    if (shards < 1) {
      throw new InvalidParameterException("shards", shards, "an integer >= 1");
    }
    List<JsonNode> manifests = new java.util.ArrayList<>();
    for (int i = 0; i < shards; i++) {
      manifests.add(readPart(dir, i, shards));
    }
    checkSameRun(manifests);
    Path target = outputDir.resolve("samples.csv");
    AtomicFiles.write(target, tmp -> {
      Files.writeString(tmp, SampleCsv.header(), StandardCharsets.UTF_8);
      for (int i = 0; i < shards; i++) {
        List<String> lines = Files.readAllLines(part(dir, i, shards, "samples", "csv"));
        String body = String.join("\n", lines.subList(1, lines.size()));
        Files.writeString(tmp, body.isEmpty() ? "" : body + "\n", StandardOpenOption.APPEND);
      }
    });
    AtomicFiles.writeString(outputDir.resolve("dataset.json"),
        MAPPER.writeValueAsString(mergedManifest(manifests, target)) + "\n");
    return target;
  }

  private static JsonNode readPart(Path dir, int shard, int shards) throws IOException {
    Path json = part(dir, shard, shards, "dataset", "json");
    Path csv = part(dir, shard, shards, "samples", "csv");
    if (!Files.isRegularFile(json) || !Files.isRegularFile(csv)) {
      throw new InvalidParameterException("shard " + shard + " of " + shards, "missing " + csv.getFileName()
          + " or " + json.getFileName() + " in " + dir, "every shard's output present before merging");
    }
    JsonNode manifest = MAPPER.readTree(json.toFile());
    if (!ContentHash.of(csv).equals(manifest.path("samples_csv_sha256").asText())) {
      throw new InvalidParameterException(csv.toString(), "a content hash differing from its manifest",
          "the file exactly as its generate run wrote it");
    }
    return manifest;
  }

  private static void checkSameRun(List<JsonNode> manifests) {
    JsonNode first = runIdentity(manifests.get(0));
    for (int i = 1; i < manifests.size(); i++) {
      if (!runIdentity(manifests.get(i)).equals(first)) {
        throw new InvalidParameterException("shard " + i, "a different configuration than shard 0",
            "all shards generated with the same seed, samples, box, design, nuclei and solver");
      }
    }
  }

  private static JsonNode runIdentity(JsonNode manifest) {
    ObjectNode id = manifest.deepCopy();
    for (String volatileKey : List.of("shard", "samples_csv", "samples_csv_sha256", "rows",
        "counts_label4", "counts_label", "wall_time_s", "computed_points", "points_per_second")) {
      id.remove(volatileKey);
    }
    return id;
  }

  private static ObjectNode mergedManifest(List<JsonNode> parts, Path target) throws IOException {
    ObjectNode merged = (ObjectNode) runIdentity(parts.get(0));
    merged.put("shard", 0);
    merged.put("shards", 1);
    merged.put("merged_from_shards", parts.size());
    merged.put("samples_csv", target.getFileName().toString());
    merged.put("samples_csv_sha256", ContentHash.of(target));
    merged.put("rows", parts.stream().mapToLong(p -> p.path("rows").asLong()).sum());
    merged.set("counts_label4", sum(parts, "counts_label4"));
    merged.set("counts_label", sum(parts, "counts_label"));
    double wall = parts.stream().mapToDouble(p -> p.path("wall_time_s").asDouble()).sum();
    merged.put("wall_time_s", wall);
    return merged;
  }

  private static ObjectNode sum(List<JsonNode> parts, String key) {
    ObjectNode total = MAPPER.createObjectNode();
    for (JsonNode p : parts) {
      for (Iterator<Map.Entry<String, JsonNode>> it = p.path(key).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        total.put(e.getKey(), total.path(e.getKey()).asLong(0) + e.getValue().asLong());
      }
    }
    return total;
  }

  /**
   * A shard's file: directly in {@code dir}, or in {@code dir/shard-i/} where each shard had an output
   * directory of its own (the tasks of a Slurm array, which must not share a step manifest).
   */
  private static Path part(Path dir, int shard, int shards, String stem, String ext) {
    String name = stem + ".shard-" + shard + "-of-" + shards + "." + ext;
    Path flat = dir.resolve(name);
    Path own = shardDirectory(dir, shard).resolve(name);
    return Files.exists(flat) || !Files.exists(own) ? flat : own;
  }

  /** Name prefix of a shard's own output directory, followed by the shard index. */
  public static final String SHARD_DIRECTORY_PREFIX = "shard-";

  /** The output directory of shard {@code shard} when every shard has its own below {@code dir}. */
  public static Path shardDirectory(Path dir, int shard) {
    return dir.resolve(SHARD_DIRECTORY_PREFIX + shard);
  }
}

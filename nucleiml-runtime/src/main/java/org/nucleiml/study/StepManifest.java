package org.nucleiml.study;

import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record a finished step leaves in its output directory: its input fingerprint and the content
 * hashes of the outputs it wrote. Written last and atomically, so its presence means the outputs are
 * complete; a later run trusts the outputs only while their hashes still match.
 *
 * @param fingerprint what the outputs were computed from
 * @param outputs output path (relative to the output directory, '/'-separated) to SHA-256
 */
public record StepManifest(StepFingerprint fingerprint, SortedMap<String, String> outputs) {

  /** File name of the manifest inside a step's output directory. */
  public static final String FILE_NAME = "nml-step.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Copies the map so the manifest stays immutable. */
  public StepManifest {
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
  }

  /** Hashes the named output files of {@code dir} and pairs them with the fingerprint. */
  public static StepManifest of(StepFingerprint fingerprint, Path dir, Iterable<String> outputFiles)
      throws IOException {
    SortedMap<String, String> hashes = new TreeMap<>();
    for (String file : outputFiles) {
      hashes.put(file, ContentHash.of(dir.resolve(file)));
    }
    return new StepManifest(fingerprint, hashes);
  }

  /** Reads the manifest of {@code dir}; empty when there is none or it cannot be parsed. */
  public static Optional<StepManifest> read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      JsonNode fp = root.get("fingerprint");
      StepFingerprint fingerprint = new StepFingerprint(fp.get("step").asText(),
          fp.get("runtime_version").asText(), map(fp.get("parameters")), map(fp.get("inputs")));
      return Optional.of(new StepManifest(fingerprint, map(root.get("outputs"))));
    } catch (IOException | RuntimeException e) {
      // A damaged manifest means "not up to date": the step re-runs and rewrites it.
      return Optional.empty();
    }
  }

  /** Writes this manifest into {@code dir} atomically. */
  public void write(Path dir) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode fp = root.putObject("fingerprint");
    fp.put("step", fingerprint.step());
    fp.put("runtime_version", fingerprint.runtimeVersion());
    fp.put("digest", fingerprint.digest());
    fp.set("parameters", MAPPER.valueToTree(fingerprint.parameters()));
    fp.set("inputs", MAPPER.valueToTree(fingerprint.inputs()));
    root.set("outputs", MAPPER.valueToTree(outputs));
    AtomicFiles.writeString(dir.resolve(FILE_NAME), MAPPER.writeValueAsString(root) + "\n");
  }

  /** Deletes the manifest first when a step starts over, so a crash leaves nothing to trust. */
  public static void invalidate(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE_NAME));
  }

  private static SortedMap<String, String> map(JsonNode node) {
    Map<String, String> m = MAPPER.convertValue(node, new TypeReference<Map<String, String>>() {});
    return new TreeMap<>(m);
  }
}

package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.ContentHash;
import org.nucleiml.inference.PosteriorComparison;
import org.nucleiml.inference.PosteriorFiles;
import org.nucleiml.validation.report.ValidationRun;

/**
 * Where the steps of a study leave their JSON, relative to the study directory (target/nml), and
 * which of them exist. The report reads nothing else, so these files are also the report step's
 * fingerprinted inputs.
 *
 * @param root the study directory
 */
public record StudyFiles(Path root) {

  /** nml:generate's summary of the data set. */
  public static final String DATASET = "data/dataset.json";
  /** nml:train's emulator descriptor, with the training figures. */
  public static final String EMULATOR = "emulator/emulator.json";
  /** nml:validate's metrics and gates. */
  public static final String VALIDATION = "validation/" + ValidationRun.JSON;
  /** The folder holding one folder per named nml:posterior run. */
  public static final String POSTERIOR_ROOT = "posterior";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Requires an existing directory: a report of a study that never ran would only say "not run". */
  public StudyFiles {
    if (root == null || !Files.isDirectory(root)) {
      throw new InvalidParameterException("studyDirectory", root,
          "an existing study output directory (target/nml) written by nml:generate, nml:train, nml:validate or nml:posterior");
    }
  }

  /** The file at {@code relative} inside the study, when it exists. */
  Optional<Path> find(String relative) {
    Path file = root.resolve(relative);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The JSON at {@code relative}, when the file exists. */
  Optional<JsonNode> json(String relative) throws IOException {
    Optional<Path> file = find(relative);
    return file.isPresent() ? Optional.of(read(file.get())) : Optional.empty();
  }

  /** The names of the posterior runs (folders holding posterior.json), sorted so the page order is stable. */
  List<String> posteriorRuns() throws IOException {
    Path dir = root.resolve(POSTERIOR_ROOT);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> Files.isRegularFile(p.resolve(PosteriorFiles.POSTERIOR)))
          .map(p -> p.getFileName().toString()).sorted().forEach(names::add);
    }
    return names;
  }

  /** A posterior run's posterior.json, relative to the study. */
  static String posterior(String run) {
    return POSTERIOR_ROOT + "/" + run + "/" + PosteriorFiles.POSTERIOR;
  }

  /** A posterior run's comparison.json (present when the run was compared with another). */
  static String comparison(String run) {
    return POSTERIOR_ROOT + "/" + run + "/" + PosteriorComparison.JSON;
  }

  /** Every JSON file the report reads that exists, relative path ('/'-separated) to SHA-256. */
  public SortedMap<String, String> inputHashes() throws IOException {
    List<String> candidates = new ArrayList<>(List.of(DATASET, EMULATOR, VALIDATION));
    for (String run : posteriorRuns()) {
      candidates.add(posterior(run));
      candidates.add(comparison(run));
    }
    SortedMap<String, String> hashes = new TreeMap<>();
    for (String relative : candidates) {
      Optional<Path> file = find(relative);
      if (file.isPresent()) {
        hashes.put(relative, ContentHash.of(file.get()));
      }
    }
    return hashes;
  }

  private static JsonNode read(Path file) throws IOException {
    try {
      return JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidParameterException("studyDirectory", file + " (not valid JSON: " + e.getOriginalMessage() + ")",
          "the JSON file as its step wrote it; run that step again");
    }
  }
}

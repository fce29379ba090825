package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.ContentHash;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.NucleiCsv;
import org.nucleiml.masses.NucleiTable;
import org.nucleiml.masses.NucleusRow;

/**
 * A data set written by nml:dataset, read back for the mass-model steps: its rows, its name (the
 * directory's name, e.g. {@code caseA}) and the SHA-256 of nuclei.csv that fingerprints it.
 *
 * @param name the directory's name
 * @param table nuclei.csv
 * @param sha256 SHA-256 of nuclei.csv
 */
record MassDataset(String name, NucleiTable table, String sha256) {

  /** The set every training row belongs to in the paper's sense: the gradient rows and the validation slice. */
  static final String TRAIN = "train";
  /** The validation slice of a split. */
  static final String VALIDATION = "validation";
  /** The held-out rows. */
  static final String TEST = "test";
  /** train, validation and test together. */
  static final String ALL = "all";

  /** Reads nuclei.csv and checks dataset.json's target is the binding energy. */
  static MassDataset read(Path dir) throws IOException {
    return read(dir, "binding_energy");
  }

  /** Reads nuclei.csv and checks dataset.json's target ({@code binding_energy} or {@code mass_excess}). */
  static MassDataset read(Path dir, String expectedTarget) throws IOException {
    Path csv = dir.resolve(DatasetConfig.NUCLEI_FILE);
    Path json = dir.resolve(DatasetConfig.DATASET_FILE);
    if (!Files.isRegularFile(csv) || !Files.isRegularFile(json)) {
      throw new InvalidParameterException("models.dataset", dir, "a directory holding the "
          + DatasetConfig.NUCLEI_FILE + " and " + DatasetConfig.DATASET_FILE + " of nml:dataset");
    }
    JsonNode target = new ObjectMapper().readTree(json.toFile()).path("target");
    if (!expectedTarget.equals(target.asText())) {
      throw new InvalidParameterException("target of " + json, target.asText(), expectedTarget
          + (expectedTarget.equals("mass_excess") ? " (the MDN models predict the mass excess in MeV)"
              : " (the mass models predict B in MeV)"));
    }
    return new MassDataset(dir.getFileName().toString(), NucleiCsv.read(csv), ContentHash.of(csv));
  }

  /** Reads each distinct directory once, in first-use order. */
  static Map<Path, MassDataset> readAll(List<Path> dirs) throws IOException {
    return readAll(dirs, "binding_energy");
  }

  /** {@link #readAll(List)} with another expected target. */
  static Map<Path, MassDataset> readAll(List<Path> dirs, String expectedTarget) throws IOException {
    Map<Path, MassDataset> read = new LinkedHashMap<>();
    for (Path d : dirs) {
      Path key = d.toAbsolutePath().normalize();
      if (!read.containsKey(key)) {
        read.put(key, read(d, expectedTarget));
      }
    }
    return read;
  }

  /** Looks a directory up in {@link #readAll}'s result. */
  static MassDataset of(Map<Path, MassDataset> read, Path dir) {
    return read.get(dir.toAbsolutePath().normalize());
  }

  /**
   * The rows of a named set: {@code train} (the split's train and validation rows, the paper's training
   * set), {@code validation}, {@code test}, {@code all} (the three), or an evaluation-set id.
   */
  List<NucleusRow> rows(String set) {
    List<NucleusRow> out = new ArrayList<>();
    for (NucleusRow r : table.rows()) {
      String s = r.split();
      boolean in = switch (set) {
        case TRAIN -> s.equals(TRAIN) || s.equals(VALIDATION);
        case ALL -> s.equals(TRAIN) || s.equals(VALIDATION) || s.equals(TEST);
        default -> s.equals(set);
      };
      if (in) {
        out.add(r);
      }
    }
    return out;
  }

  /** The set names with rows: train, validation (if any), test (if any), all, then evaluation sets. */
  List<String> sets() {
    List<String> sets = new ArrayList<>(List.of(TRAIN));
    for (String s : List.of(VALIDATION, TEST)) {
      if (!rows(s).isEmpty()) {
        sets.add(s);
      }
    }
    sets.add(ALL);
    table.rows().stream().map(NucleusRow::split).distinct()
        .filter(s -> !List.of(TRAIN, VALIDATION, TEST).contains(s)).forEach(sets::add);
    return sets;
  }
}

package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nucleiml.files.ContentHash;

/**
 * The JSON every step of a study left, read once; an empty value is a step that has not run.
 *
 * @param dataset data/dataset.json
 * @param emulator emulator/emulator.json
 * @param emulatorDescriptorSha256 the SHA-256 of emulator.json, the emulator's identity as
 *     nml:validate and nml:posterior record it
 * @param validation validation/validation.json
 * @param posteriors the posterior runs, sorted by name
 */
record StudyOutputs(Optional<JsonNode> dataset, Optional<JsonNode> emulator,
    Optional<String> emulatorDescriptorSha256, Optional<JsonNode> validation, List<PosteriorOutput> posteriors) {

  /** Copies the list. */
  StudyOutputs {
    posteriors = List.copyOf(posteriors);
  }

  /** Reads whatever the study directory holds. */
  static StudyOutputs read(StudyFiles files) throws IOException {
    List<PosteriorOutput> posteriors = new ArrayList<>();
    for (String run : files.posteriorRuns()) {
      posteriors.add(new PosteriorOutput(run, files.json(StudyFiles.posterior(run)).orElseThrow(),
          files.json(StudyFiles.comparison(run))));
    }
    Optional<String> descriptorHash = files.find(StudyFiles.EMULATOR).isPresent()
        ? Optional.of(ContentHash.of(files.find(StudyFiles.EMULATOR).get()))
        : Optional.empty();
    return new StudyOutputs(files.json(StudyFiles.DATASET), files.json(StudyFiles.EMULATOR), descriptorHash,
        files.json(StudyFiles.VALIDATION), posteriors);
  }
}

package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.validation.report.Table;

/**
 * The top of the study report: what study and runtime, the provenance that does not change from run
 * to run (seeds and content hashes, never times), and which steps have run. Mismatched hashes between
 * steps (an emulator trained on other data, a validation of another emulator) are stated here, since
 * they make the sections below incomparable.
 */
final class StudyHeader {

  private StudyHeader() {}

  static Section of(String study, StudyOutputs o) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Study " + study + ", NucleiML runtime " + RuntimeVersion.get() + ". Every number on this page "
        + "is read from the JSON files the steps wrote into the study directory; the plots are the steps' own PNGs.");
    paragraphs.addAll(mismatches(o));
    return new Section(1, "Study report: " + study, paragraphs, List.of(steps(o), provenance(o)), List.of(),
        List.of());
  }

  private static Table steps(StudyOutputs o) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("nml:generate", o.dataset().isPresent() ? "done" : Section.NOT_RUN, StudyFiles.DATASET));
    rows.add(List.of("nml:train", o.emulator().isPresent() ? "done" : Section.NOT_RUN, StudyFiles.EMULATOR));
    rows.add(List.of("nml:validate", o.validation().map(StudyHeader::gateStatus).orElse(Section.NOT_RUN),
        StudyFiles.VALIDATION));
    if (o.posteriors().isEmpty()) {
      rows.add(List.of("nml:posterior", Section.NOT_RUN, StudyFiles.POSTERIOR_ROOT + "/<name>/posterior.json"));
    }
    for (PosteriorOutput p : o.posteriors()) {
      JsonNode stop = p.posterior().path("stop_rule");
      String status = stop.path("converged").asBoolean() ? "converged" : "not converged";
      if (p.comparison().isPresent()) {
        status += ", comparison " + Cells.verdict(p.comparison().get().path("passed"));
      }
      rows.add(List.of("nml:posterior " + p.name(), status, StudyFiles.posterior(p.name())));
    }
    return new Table("Steps of the study and what they left.", List.of("step", "status", "output"), rows);
  }

  private static String gateStatus(JsonNode validation) {
    JsonNode gates = validation.path("gates");
    if (gates.path("checked").asInt() == 0) {
      return "done, no gates";
    }
    return gates.path("passed").asBoolean()
        ? "gates " + Cells.PASS + " (" + gates.path("checked").asInt() + ")"
        : "gates " + Cells.FAIL + " (" + gates.path("failed").asInt() + " of " + gates.path("checked").asInt() + ")";
  }

  private static Table provenance(StudyOutputs o) {
    List<List<String>> rows = new ArrayList<>();
    o.dataset().ifPresent(d -> {
      rows.add(List.of("data set seed", Cells.text(d.path("seed"))));
      rows.add(List.of("data set samples.csv SHA-256", Cells.text(d.path("samples_csv_sha256"))));
    });
    o.emulator().ifPresent(e -> {
      rows.add(List.of("training seed", Cells.text(e.path("training").path("hyper_parameters").path("seed"))));
      rows.add(List.of("emulator trained on SHA-256", Cells.text(e.path("training").path("dataset").path("sha256"))));
    });
    o.emulatorDescriptorSha256().ifPresent(h -> rows.add(List.of("emulator descriptor SHA-256", h)));
    o.validation().ifPresent(v -> {
      JsonNode p = v.path("provenance");
      rows.add(List.of("validation seed", Cells.text(p.path("validation_seed"))));
      rows.add(List.of("validated emulator descriptor SHA-256", Cells.text(p.path("emulator_descriptor_sha256"))));
      rows.add(List.of("independent sample SHA-256", Cells.text(p.path("independent_sample_sha256"))));
    });
    for (PosteriorOutput p : o.posteriors()) {
      rows.add(List.of("posterior " + p.name() + " seed", Cells.text(p.posterior().path("seed"))));
    }
    versions(o).forEach(rows::add);
    return new Table("Provenance: seeds, content hashes and the runtime version each step ran with.",
        List.of("item", "value"), rows);
  }

  private static List<List<String>> versions(StudyOutputs o) {
    List<List<String>> rows = new ArrayList<>();
    o.dataset().ifPresent(d -> rows.add(List.of("nml:generate runtime", Cells.text(d.path("runtime_version")))));
    o.emulator().ifPresent(e -> rows.add(List.of("nml:train runtime", Cells.text(e.path("runtime_version")))));
    o.validation().ifPresent(v -> rows.add(List.of("nml:validate runtime", Cells.text(v.path("runtime_version")))));
    for (PosteriorOutput p : o.posteriors()) {
      rows.add(List.of("nml:posterior " + p.name() + " runtime", Cells.text(p.posterior().path("runtime_version"))));
    }
    return rows;
  }

  private static List<String> mismatches(StudyOutputs o) {
    List<String> warnings = new ArrayList<>();
    Optional<String> data = o.dataset().map(d -> d.path("samples_csv_sha256").asText());
    Optional<String> trained = o.emulator().map(e -> e.path("training").path("dataset").path("sha256").asText());
    if (data.isPresent() && trained.isPresent() && !data.get().equals(trained.get())) {
      warnings.add("Warning: the emulator was trained on a data set with SHA-256 " + trained.get()
          + ", not on the current data/samples.csv (" + data.get() + "); run nml:train again.");
    }
    Optional<String> validated = o.validation().map(v -> v.path("provenance").path("emulator_descriptor_sha256").asText());
    if (validated.isPresent() && o.emulatorDescriptorSha256().isPresent()
        && !validated.get().equals(o.emulatorDescriptorSha256().get())) {
      warnings.add("Warning: the validation judged an emulator with descriptor SHA-256 " + validated.get()
          + ", not the current emulator/emulator.json (" + o.emulatorDescriptorSha256().get()
          + "); run nml:validate again.");
    }
    return warnings;
  }
}

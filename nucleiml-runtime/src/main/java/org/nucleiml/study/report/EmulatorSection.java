package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nucleiml.validation.report.PlotFile;
import org.nucleiml.validation.report.Table;

/**
 * The "Emulator" section, from the figures nml:train recorded in emulator.json (training.figures):
 * the classifier and regressors on their test splits, and the training curves plot nml:validate draws.
 */
final class EmulatorSection {

  static final String TITLE = "Emulator";

  /** nml:validate draws the training curves from emulator.json's histories; nml:train draws none. */
  private static final String TRAINING_CURVES = "validation/training-curves.png";

  private EmulatorSection() {}

  static Section of(Optional<JsonNode> emulator, PageLinks links) {
    if (emulator.isEmpty()) {
      return Section.notRun(TITLE, "nml:train", StudyFiles.EMULATOR);
    }
    JsonNode training = emulator.get().path("training");
    JsonNode figures = training.path("figures");
    JsonNode classifier = figures.path("classifier");
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Trained on " + Cells.count(training.path("dataset").path("rows")) + " rows with seed "
        + Cells.text(training.path("hyper_parameters").path("seed"))
        + ". Figures on the held-out test splits: classifier accuracy " + Cells.sig(classifier.path("accuracy"), 4)
        + " on " + Cells.count(classifier.path("testRows")) + " rows (exact no-couplings pre-filter: "
        + Cells.yesNo(classifier.path("couplingPrefilter")) + ").");
    List<Table> tables = new ArrayList<>();
    tables.add(perClass(classifier));
    tables.add(regressors(figures.path("regressors")));
    tables.add(r2PerNucleus(figures.path("regressors"), training.path("trained_nuclei")));
    List<PlotFile> plots = links.plot(TRAINING_CURVES, "Training curves",
        "Training and validation loss per epoch of each network, from the histories in emulator.json.").stream().toList();
    if (plots.isEmpty()) {
      paragraphs.add("Training curves: no plot yet (nml:validate draws " + TRAINING_CURVES + ").");
    }
    return new Section(2, TITLE, paragraphs, tables, plots,
        links.link(StudyFiles.EMULATOR, "emulator.json").stream().toList());
  }

  private static Table perClass(JsonNode classifier) {
    List<List<String>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = classifier.path("perClass").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode c = e.getValue();
      rows.add(List.of(e.getKey(), Cells.sig(c.path("precision"), 4), Cells.sig(c.path("recall"), 4),
          Cells.sig(c.path("f1"), 4)));
    }
    return new Table("Classifier per class on the test split (accuracy " + Cells.sig(classifier.path("accuracy"), 4)
        + ", " + Cells.count(classifier.path("epochs")) + " epochs, best " + Cells.count(classifier.path("bestEpoch")) + ").",
        List.of("class", "precision", "recall", "F1"), rows);
  }

  private static Table regressors(JsonNode regressors) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode r : regressors) {
      rows.add(List.of(Cells.text(r.path("target")), Cells.count(r.path("testRows")),
          Cells.percent(r.path("withinOnePercent"), 2), Cells.percent(r.path("withinHalfPercent"), 2),
          Cells.inPercent(r.path("mape")), Cells.r2(r.path("r2")),
          Cells.count(r.path("epochs")) + " (best " + Cells.count(r.path("bestEpoch")) + ")"));
    }
    return new Table("Regressors on the test split: share of predictions within 1% and 0.5% of the solver, "
        + "mean absolute percentage error, R^2 over all nuclei.",
        List.of("target", "test rows", "within 1%", "within 0.5%", "MAPE", "R^2", "epochs"), rows);
  }

  // One row per nucleus in the order the data set lists them; emulator.json keys them alphabetically.
  private static Table r2PerNucleus(JsonNode regressors, JsonNode trainedNuclei) {
    Set<String> nuclei = new LinkedHashSet<>();
    trainedNuclei.forEach(n -> nuclei.add(n.asText()));
    List<String> header = new ArrayList<>(List.of("nucleus"));
    for (JsonNode r : regressors) {
      header.add("R^2 " + Cells.text(r.path("target")));
      r.path("r2PerNucleus").fieldNames().forEachRemaining(nuclei::add);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String nucleus : nuclei) {
      List<String> row = new ArrayList<>(List.of(nucleus));
      regressors.forEach(r -> row.add(Cells.r2(r.path("r2PerNucleus").path(nucleus))));
      rows.add(row);
    }
    return new Table("R^2 per nucleus on the test split.", header, rows);
  }
}

package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nucleiml.validation.report.PlotFile;
import org.nucleiml.validation.report.Plots;
import org.nucleiml.validation.report.Table;
import org.nucleiml.validation.report.ValidationRun;

/**
 * The "Validation" section, from nml:validate's validation.json: every gate with its verdict, the
 * per-nucleus table of the sample the gates judge (the independent sample when there is one), the
 * unseen-nuclei R^2 and that sample's plots; the full validation report is linked.
 */
final class ValidationSection {

  static final String TITLE = "Validation";

  private ValidationSection() {}

  static Section of(Optional<JsonNode> validation, PageLinks links) throws IOException {
    if (validation.isEmpty()) {
      return Section.notRun(TITLE, "nml:validate", StudyFiles.VALIDATION);
    }
    JsonNode v = validation.get();
    String primary = v.path("primary_sample").asText();
    JsonNode sample = v.path("samples").path(primary);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(Cells.text(v.path("gates").path("message")));
    paragraphs.add(classifierLine(primary, sample.path("classifier")));
    List<Table> tables = new ArrayList<>();
    tables.add(gates(v.path("gates")));
    for (Iterator<Map.Entry<String, JsonNode>> it = sample.path("regressor").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().has("per_nucleus")) {
        tables.add(perNucleus(primary, e.getKey(), e.getValue()));
      }
    }
    JsonNode unseen = v.path("tables").path("unseen_nuclei_r2");
    if (unseen.isEmpty()) {
      paragraphs.add("Unseen nuclei: none validated (unseenNuclei not set).");
    } else {
      tables.add(unseen(unseen));
    }
    List<Link> pageLinks = new ArrayList<>();
    links.link("validation/" + ValidationRun.HTML, "full validation report (every sample)").ifPresent(pageLinks::add);
    links.link("validation/" + ValidationRun.MARKDOWN, "validation.md").ifPresent(pageLinks::add);
    links.link(StudyFiles.VALIDATION, "validation.json").ifPresent(pageLinks::add);
    return new Section(2, TITLE, paragraphs, tables, plots(v, primary, links), pageLinks);
  }

  private static String classifierLine(String primary, JsonNode c) {
    if (c.isMissingNode()) {
      return "Sample judged by the gates: " + primary + " (no classifier results).";
    }
    return "Sample judged by the gates: " + primary + ". Classifier accuracy " + Cells.sig(c.path("accuracy"), 4)
        + " on " + Cells.count(c.path("n")) + " points, macro F1 " + Cells.sig(c.path("macro_f1"), 4) + ", ROC AUC "
        + Cells.sig(c.path("roc_auc"), 4) + ", Brier score " + Cells.sig(c.path("brier_score"), 4) + ".";
  }

  private static Table gates(JsonNode gates) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode r : gates.path("results")) {
      JsonNode overriddenBy = r.path("overridden_by");
      String result = overriddenBy.isTextual() ? "overridden by " + overriddenBy.asText() : Cells.verdict(r.path("passed"));
      rows.add(List.of(Cells.text(r.path("target")), Cells.text(r.path("comparison")) + " " + Cells.sig(r.path("required"), 6),
          Cells.sig(r.path("actual"), 4), result));
    }
    return new Table("Every gate on sample '" + Cells.text(gates.path("sample")) + "' with its verdict.",
        List.of("gate", "required", "actual", "result"), rows);
  }

  private static Table perNucleus(String sample, String observable, JsonNode o) {
    List<List<String>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.path("per_nucleus").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      rows.add(row(e.getKey(), e.getValue()));
    }
    rows.add(row("all nuclei", o));
    return new Table(observable + " (" + Cells.text(o.path("unit")) + ") per nucleus on " + sample
        + ": relative error dX/X = (solver - emulator)/solver; JS divergence in bits with its sampling noise floor"
        + " (for all nuclei: the worst nucleus, " + Cells.text(o.path("js_worst_nucleus")) + ").",
        List.of("nucleus", "n", "R^2", "MAPE", "within 1%", "within 5%", "p95 |dX/X|", "JS (bits)", "noise floor"), rows);
  }

  private static List<String> row(String name, JsonNode m) {
    return List.of(name, Cells.count(m.path("n")), Cells.r2(m.path("r2")), Cells.inPercent(m.path("mape_percent")),
        Cells.percent(m.path("within_1pct"), 1), Cells.percent(m.path("within_5pct"), 1),
        Cells.sig(m.path("abs_rel_error_p95"), 3), Cells.sig(m.path("js_divergence"), 3),
        Cells.sig(m.path("js_noise_floor"), 3));
  }

  private static Table unseen(JsonNode entries) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode u : entries) {
      rows.add(List.of(Cells.text(u.path("nucleus")), Cells.text(u.path("training_set")),
          Cells.r2(u.path("binding_energy_r2")), Cells.r2(u.path("charge_radius_r2"))));
    }
    return new Table("R^2 of nuclei the emulator never trained on (Table C1).",
        List.of("nucleus", "training set", "R^2 binding energy", "R^2 charge radius"), rows);
  }

  // nml:validate names a sample's plots by the sample's position and name (Plots.prefix); the gated
  // sample's plots are the ones this page shows, the others stay in the full validation report.
  private static List<PlotFile> plots(JsonNode v, String primary, PageLinks links) throws IOException {
    List<String> names = new ArrayList<>();
    v.path("samples").fieldNames().forEachRemaining(names::add);
    int index = names.indexOf(primary);
    if (index < 0) {
      return List.of();
    }
    String prefix = Plots.prefix(index, primary) + "-";
    List<PlotFile> plots = new ArrayList<>();
    for (String file : links.files("validation", prefix, ".png")) {
      String kind = file.substring(file.lastIndexOf('/') + 1 + prefix.length(), file.length() - ".png".length());
      PlotText text = PlotText.of(kind);
      links.plot(file, text.title() + ", " + primary, text.caption()).ifPresent(plots::add);
    }
    return plots;
  }

  /** A validation plot's title and caption, from the kind in its file name (e.g. "rel-error"). */
  private record PlotText(String title, String caption) {

    static PlotText of(String kind) {
      if (kind.startsWith("confusion")) {
        return new PlotText("Confusion matrix" + (kind.equals("confusion") ? "" : " (" + kind.substring(10) + ")"),
            "Counts of true against predicted class.");
      }
      if (kind.equals("rel-error")) {
        return new PlotText("Relative error dX/X per nucleus",
            "Histograms of dX/X = (solver - emulator)/solver for each observable and nucleus.");
      }
      if (kind.startsWith("pred-vs-true-")) {
        return new PlotText("Predicted vs true " + kind.substring(13).replace('-', ' '),
            "Emulator prediction against the solver value, per nucleus; the diagonal is perfect agreement.");
      }
      if (kind.startsWith("distributions-")) {
        return new PlotText("Distributions of " + kind.substring(14).replace('-', ' '),
            "Solver and emulator values per nucleus; their overlap is what the JS divergence measures.");
      }
      return new PlotText(kind.replace('-', ' '), "Drawn by nml:validate.");
    }
  }
}

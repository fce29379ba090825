package org.nucleiml.validation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.validation.ClassMetrics;
import org.nucleiml.validation.ClassificationMetrics;
import org.nucleiml.validation.ClassifierMetrics;
import org.nucleiml.validation.ConfusionMatrix;
import org.nucleiml.validation.Format;
import org.nucleiml.validation.GateResult;
import org.nucleiml.validation.SampleMetrics;
import org.nucleiml.validation.ValidationResults;

/** The human-readable reports' content as sections, shared by the Markdown and HTML renderers. */
final class ReportContent {

  private ReportContent() {}

  static List<ReportSection> sections(ValidationResults results, List<PlotFile> plots) {
    List<ReportSection> sections = new ArrayList<>();
    sections.add(new ReportSection(1, "Emulator validation", overview(results), List.of(), List.of()));
    sections.add(new ReportSection(2, "Gates", List.of(results.gates().message()), gateTables(results), List.of()));
    for (int i = 0; i < results.samples().size(); i++) {
      sample(sections, results.samples().get(i), Plots.prefix(i, results.samples().get(i).name()), plots);
    }
    StudyTables.add(sections, results.input(), plots);
    return sections;
  }

  private static List<String> overview(ValidationResults results) {
    List<String> p = new ArrayList<>();
    p.add("Samples: " + String.join(", ", results.samples().stream().map(s -> "'" + s.name() + "'").toList())
        + ". The gates judge the primary sample '" + results.primary().name() + "'. NucleiML runtime "
        + RuntimeVersion.get() + ".");
    Map<String, Object> provenance = results.input().provenance();
    if (!provenance.isEmpty()) {
      List<String> entries = new ArrayList<>();
      provenance.forEach((k, v) -> entries.add(k + " = " + v));
      p.add("Provenance: " + String.join("; ", entries) + ".");
    }
    p.add("Relative error dX/X = (true - predicted)/true, with the RMF solver as truth; percentages are of "
        + "the true value. Jensen-Shannon divergences are in bits (0 identical, 1 disjoint), each with the "
        + "noise floor expected from sampling alone.");
    return p;
  }

  private static List<Table> gateTables(ValidationResults results) {
    if (results.gates().results().isEmpty()) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    for (GateResult r : results.gates().results()) {
      String verdict = !r.counts() ? "overridden by " + r.overriddenBy().target() : r.passed() ? "pass" : "FAIL";
      rows.add(List.of(r.gate().spec(), r.target(), r.required(), Format.sig(r.actual(), 6), verdict));
    }
    return List.of(new Table("Every gate on sample '" + results.gates().sample() + "'; a gate for all "
        + "observables or nuclei is checked on each of them.",
        List.of("gate", "checked value", "required", "actual", "result"), rows));
  }

  private static void sample(List<ReportSection> sections, SampleMetrics s, String prefix, List<PlotFile> plots) {
    sections.add(new ReportSection(2, "Sample: " + s.name(), List.of(), List.of(), List.of()));
    if (s.classifier() != null) {
      sections.add(classifier(s.classifier(), matching(plots, prefix + "-confusion")));
    }
    if (s.regressor() != null) {
      List<PlotFile> regressorPlots = new ArrayList<>(matching(plots, prefix + "-rel-error"));
      regressorPlots.addAll(matching(plots, prefix + "-pred-vs-true"));
      regressorPlots.addAll(matching(plots, prefix + "-distributions"));
      sections.addAll(RegressorTables.sections(s.regressor(), regressorPlots));
    }
  }

  private static ReportSection classifier(ClassifierMetrics c, List<PlotFile> plots) {
    List<String> p = new ArrayList<>();
    String line = "Two-class accuracy " + Format.sig(c.binary().accuracy(), 4) + " on "
        + c.binary().matrix().total() + " points, macro F1 " + Format.sig(c.binary().macroF1(), 4) + ".";
    if (c.scores() != null) {
      line += " From the predicted probability of admissible: ROC AUC " + Format.sig(c.scores().rocAuc(), 4)
          + ", Brier score " + Format.sig(c.scores().brierScore(), 4) + ".";
    }
    p.add(line);
    List<Table> tables = new ArrayList<>(classTables("two classes", c.binary()));
    if (c.fourClass() != null) {
      p.add("Four-class accuracy " + Format.sig(c.fourClass().accuracy(), 4) + " on "
          + c.fourClass().matrix().total() + " points.");
      tables.addAll(classTables("four classes", c.fourClass()));
    }
    return new ReportSection(3, "Classifier", p, tables, plots);
  }

  private static List<Table> classTables(String name, ClassificationMetrics m) {
    List<List<String>> rows = new ArrayList<>();
    for (ClassMetrics c : m.perClass()) {
      rows.add(List.of(c.label(), Format.sig(c.precision(), 4), Format.sig(c.recall(), 4), Format.sig(c.f1(), 4),
          Long.toString(c.support())));
    }
    return List.of(new Table("Per-class metrics, " + name + ".",
        List.of("class", "precision", "recall", "F1", "support"), rows), confusion(name, m.matrix()));
  }

  private static Table confusion(String name, ConfusionMatrix m) {
    List<String> header = new ArrayList<>();
    header.add("true \\ predicted");
    header.addAll(m.labels());
    List<List<String>> rows = new ArrayList<>();
    for (int t = 0; t < m.labels().size(); t++) {
      List<String> row = new ArrayList<>();
      row.add(m.labels().get(t));
      for (int p = 0; p < m.labels().size(); p++) {
        row.add(Long.toString(m.count(t, p)));
      }
      rows.add(row);
    }
    return new Table("Confusion matrix (counts), " + name + ": rows true class, columns predicted class.",
        header, rows);
  }

  static List<PlotFile> matching(List<PlotFile> plots, String prefix) {
    return plots.stream().filter(p -> p.file().startsWith(prefix)).toList();
  }
}

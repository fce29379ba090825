package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nucleiml.inference.PosteriorFiles;
import org.nucleiml.validation.report.PlotFile;
import org.nucleiml.validation.report.Table;

/**
 * The "Posterior" sections, one per nml:posterior run, from its posterior.json: median and 68%/95%
 * intervals per NMP, the sampler's diagnostics and cost, the constraints, the corner plot, and the
 * comparison with another run when there is one.
 */
final class PosteriorSection {

  static final String TITLE = "Posterior";

  private PosteriorSection() {}

  static List<Section> of(List<PosteriorOutput> runs, PageLinks links) {
    if (runs.isEmpty()) {
      return List.of(Section.notRun(TITLE, "nml:posterior", StudyFiles.POSTERIOR_ROOT + "/<name>/posterior.json"));
    }
    List<Section> sections = new ArrayList<>();
    sections.add(Section.text(2, TITLE, List.of(runs.size() + " run(s): "
        + String.join(", ", runs.stream().map(r -> r.name() + " (" + r.posterior().path("backend").asText() + ")").toList())
        + ". Intervals are central: the 16-84% and 2.5-97.5% quantiles of the draws after burn-in.")));
    for (PosteriorOutput run : runs) {
      sections.add(run(run, links));
      run.comparison().ifPresent(c -> sections.add(ComparisonSection.of(run.name(), c, links)));
    }
    return sections;
  }

  private static Section run(PosteriorOutput run, PageLinks links) {
    JsonNode p = run.posterior();
    String folder = StudyFiles.POSTERIOR_ROOT + "/" + run.name() + "/";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("Backend " + Cells.text(p.path("backend")) + ", seed " + Cells.text(p.path("seed")) + ", "
        + Cells.count(p.path("settings").path("walkers")) + " walkers, burn-in "
        + Cells.count(p.path("settings").path("burn_in")) + " steps.");
    JsonNode failing = p.path("stop_rule").path("failing");
    if (!failing.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      failing.forEach(f -> reasons.add(f.asText()));
      paragraphs.add("Stop rule not met: " + String.join("; ", reasons) + ".");
    }
    List<Table> tables = List.of(parameters(p.path("parameters")), diagnostics(p), constraints(p.path("settings")));
    List<PlotFile> plots = links.plot(folder + PosteriorFiles.CORNER, "Corner plot, " + run.name(),
        "One- and two-dimensional marginals of the posterior draws.").stream().toList();
    List<Link> pageLinks = new ArrayList<>();
    links.link(folder + PosteriorFiles.MARGINALS, "marginals.png").ifPresent(pageLinks::add);
    links.link(folder + PosteriorFiles.POSTERIOR, "posterior.json").ifPresent(pageLinks::add);
    return new Section(3, "Posterior: " + run.name(), paragraphs, tables, plots, pageLinks);
  }

  private static Table parameters(JsonNode parameters) {
    List<List<String>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode q = e.getValue();
      rows.add(List.of(Nmp.label(e.getKey()), Cells.sig(q.path("median"), 5), Cells.interval(q.path("ci68"), 5),
          Cells.interval(q.path("ci95"), 5), Cells.sig(q.path("ess"), 4), Cells.sig(q.path("r_hat"), 5)));
    }
    return new Table("Median and 68% / 95% intervals per nuclear-matter parameter.",
        List.of("parameter", "median", "68% interval", "95% interval", "ESS", "R-hat"), rows);
  }

  private static Table diagnostics(JsonNode p) {
    JsonNode d = p.path("diagnostics");
    JsonNode c = p.path("cost");
    List<List<String>> rows = List.of(List.of(Cells.count(d.path("steps")), Cells.count(c.path("model_evaluations")),
        Cells.sig(d.path("max_tau_steps"), 4), Cells.sig(d.path("min_ess"), 4), Cells.sig(d.path("max_r_hat"), 5),
        Cells.yesNo(p.path("stop_rule").path("converged"))));
    return new Table("Sampler diagnostics and cost (max tau in steps; stop rule: R-hat <= "
        + Cells.sig(p.path("stop_rule").path("r_hat_target"), 4) + ", ESS >= " + Cells.sig(p.path("stop_rule").path("min_ess"), 4)
        + ", steps > " + Cells.sig(p.path("stop_rule").path("tau_factor"), 4) + " tau).",
        List.of("steps", "evaluations", "max tau", "min ESS", "max R-hat", "converged"), rows);
  }

  private static Table constraints(JsonNode settings) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode c : settings.path("constraints")) {
      rows.add(List.of(Cells.text(c.path("nucleus")), Cells.text(c.path("observable")),
          Cells.sig(c.path("value"), 7) + " " + Cells.text(c.path("unit")),
          Cells.sig(c.path("sigma_total"), 4) + " " + Cells.text(c.path("unit"))));
    }
    return new Table("Constraints of the likelihood (sigma including any model error).",
        List.of("nucleus", "observable", "value", "sigma"), rows);
  }
}

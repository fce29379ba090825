package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nucleiml.inference.PosteriorComparison;
import org.nucleiml.validation.Format;
import org.nucleiml.validation.report.PlotFile;
import org.nucleiml.validation.report.Table;

/**
 * The comparison of a posterior run with another (nml:posterior compareWith), from the run's
 * comparison.json: JS divergence per NMP against the gate and its noise floor (the speed-up is a run
 * fact, in run-info.json).
 */
final class ComparisonSection {

  private ComparisonSection() {}

  static Section of(String run, JsonNode c, PageLinks links) {
    String a = Cells.text(c.path("a"));
    String b = Cells.text(c.path("b"));
    List<String> paragraphs = List.of(
        "Jensen-Shannon divergence per marginal between " + a + " and " + b + " (" + Cells.text(c.path("estimator"))
            + ", " + Cells.count(c.path("bins")) + " bins): " + Cells.verdict(c.path("passed")) + ".",
        "Evaluations per second and the speed-up are run facts, not results: they are in the run-info.json of "
            + "each posterior directory (comparison_cost), which this page leaves out so that it is the same on "
            + "every machine.");
    List<List<String>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("parameters").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode m = e.getValue();
      rows.add(List.of(Nmp.label(e.getKey()), Cells.sig(m.path("js_divergence_bits"), 3),
          "<= " + Cells.sig(m.path("required_max"), 4), Cells.sig(m.path("noise_floor_bits"), 3),
          Cells.sig(m.path("width_ratio_68"), 3), Cells.sig(m.path("median_shift_half_widths"), 2),
          Cells.verdict(m.path("passed"))));
    }
    Table table = new Table("JS divergence per NMP (bits), the required maximum and the noise floor expected "
        + "from sampling alone; the width of " + a + "'s 68% interval over " + b + "'s, and its median's shift in "
        + "half widths of " + b + "'s 68% interval.",
        List.of("parameter", "JS (bits)", "required", "noise floor", "68% width ratio", "median shift", "result"), rows);
    String folder = StudyFiles.POSTERIOR_ROOT + "/" + run + "/";
    List<PlotFile> plots = links.plot(folder + PosteriorComparison.CORNER, "Corner plots overlaid, " + a + " and " + b,
        "The two posteriors' corner plots in blue and orange.").stream().toList();
    List<Link> pageLinks = links.link(StudyFiles.comparison(run), "comparison.json").stream().toList();
    return new Section(4, "Comparison: " + a + " vs " + b, paragraphs, List.of(table), plots, pageLinks);
  }
}

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
 * comparison.json: JS divergence per NMP against the gate and its noise floor, and the speed-up.
 */
final class ComparisonSection {

  private ComparisonSection() {}

  static Section of(String run, JsonNode c, PageLinks links) {
    JsonNode cost = c.path("cost");
    String a = Cells.text(c.path("a"));
    String b = Cells.text(c.path("b"));
    List<String> paragraphs = List.of(
        "Jensen-Shannon divergence per marginal between " + a + " and " + b + " (" + Cells.text(c.path("estimator"))
            + ", " + Cells.count(c.path("bins")) + " bins): " + Cells.verdict(c.path("passed")) + ".",
        "Evaluations per second: " + a + " " + Cells.sig(cost.path("evaluations_per_second_a"), 4) + ", " + b + " "
            + Cells.sig(cost.path("evaluations_per_second_b"), 4) + "; speed-up of " + a + " over " + b + ": "
            + Cells.sig(cost.path("speed_up_a_over_b"), 4) + " (" + b + " over " + a + ": " + inverse(cost.path("speed_up_a_over_b"))
            + ").");
    List<List<String>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("parameters").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode m = e.getValue();
      rows.add(List.of(Nmp.label(e.getKey()), Cells.sig(m.path("js_divergence_bits"), 3),
          "<= " + Cells.sig(m.path("required_max"), 4), Cells.sig(m.path("noise_floor_bits"), 3),
          Cells.verdict(m.path("passed"))));
    }
    Table table = new Table("JS divergence per NMP (bits), the required maximum and the noise floor expected "
        + "from sampling alone.", List.of("parameter", "JS (bits)", "required", "noise floor", "result"), rows);
    String folder = StudyFiles.POSTERIOR_ROOT + "/" + run + "/";
    List<PlotFile> plots = links.plot(folder + PosteriorComparison.CORNER, "Corner plots overlaid, " + a + " and " + b,
        "The two posteriors' corner plots in blue and orange.").stream().toList();
    List<Link> pageLinks = links.link(StudyFiles.comparison(run), "comparison.json").stream().toList();
    return new Section(4, "Comparison: " + a + " vs " + b, paragraphs, List.of(table), plots, pageLinks);
  }

  // The speed-up is recorded as a over b; when b is the emulator the reader wants the other way round.
  private static String inverse(JsonNode speedUp) {
    return speedUp.isNumber() && speedUp.asDouble() != 0 ? Format.sig(1 / speedUp.asDouble(), 4) : Cells.MISSING;
  }
}

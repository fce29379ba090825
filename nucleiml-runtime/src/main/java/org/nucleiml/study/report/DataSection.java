package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nucleiml.validation.Format;
import org.nucleiml.validation.report.Table;

/** The "Data" section, from nml:generate's dataset.json: size, class mix, throughput and the box. */
final class DataSection {

  static final String TITLE = "Data";

  private DataSection() {}

  static Section of(Optional<JsonNode> dataset, PageLinks links) {
    if (dataset.isEmpty()) {
      return Section.notRun(TITLE, "nml:generate", StudyFiles.DATASET);
    }
    JsonNode d = dataset.get();
    List<String> nuclei = new ArrayList<>();
    d.path("nuclei").forEach(n -> nuclei.add(n.asText()));
    String paragraph = Cells.text(d.path("samples")) + " NMP sets drawn with the " + Cells.text(d.path("design"))
        + " design (seed " + Cells.text(d.path("seed")) + "), each solved with the RMF solver for " + nuclei.size()
        + " nuclei (" + String.join(", ", nuclei) + ").";
    List<Table> tables = List.of(summary(d, nuclei), classMix(d), box(d));
    return new Section(2, TITLE, List.of(paragraph), tables, List.of(),
        links.link(StudyFiles.DATASET, "dataset.json").stream().toList());
  }

  private static Table summary(JsonNode d, List<String> nuclei) {
    JsonNode threshold = d.path("threshold");
    List<List<String>> rows = List.of(
        List.of("NMP sets (samples)", Cells.count(d.path("samples"))),
        List.of("nuclei", Integer.toString(nuclei.size())),
        List.of("rows (NMP set x nucleus)", Cells.count(d.path("rows"))),
        List.of("admissibility threshold", Cells.text(threshold.path("mode")) + " " + Cells.sig(threshold.path("value"), 4)));
    return new Table("The data set.", List.of("quantity", "value"), rows);
  }

  // The four-class labels say why a point is not admissible, which the two-class split hides.
  private static Table classMix(JsonNode d) {
    JsonNode counts = d.path("counts_label4").isObject() ? d.path("counts_label4") : d.path("counts_label");
    long total = 0;
    for (JsonNode c : counts) {
      total += c.asLong();
    }
    List<List<String>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String share = total == 0 ? Cells.MISSING : Format.percent(e.getValue().asDouble() / total, 1);
      rows.add(List.of(e.getKey(), Cells.count(e.getValue()), share));
    }
    return new Table("Class mix of the rows.", List.of("class", "rows", "share"), rows);
  }

  private static Table box(JsonNode d) {
    List<List<String>> rows = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = d.path("box").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      rows.add(List.of(Nmp.label(e.getKey()), Cells.sig(e.getValue().path(0), 6), Cells.sig(e.getValue().path(1), 6)));
    }
    return new Table("The box the NMP sets were drawn from.", List.of("parameter", "min", "max"), rows);
  }
}

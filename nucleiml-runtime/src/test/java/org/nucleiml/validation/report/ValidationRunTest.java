package org.nucleiml.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.validation.Gates;
import org.nucleiml.data.Observable;
import org.nucleiml.validation.RegressionPoint;
import org.nucleiml.validation.SampleInput;
import org.nucleiml.validation.ThresholdAccuracy;
import org.nucleiml.validation.TrainingCurve;
import org.nucleiml.validation.UnseenNucleusR2;
import org.nucleiml.validation.ValidationFixtures;
import org.nucleiml.validation.ValidationInput;

/** Tests for {@link ValidationRun}: the written reports, their JSON key paths and their images. */
class ValidationRunTest {

  @TempDir
  static Path tmp;

  private static ValidationOutcome outcome;
  private static JsonNode json;

  @BeforeAll
  static void writeReports() throws IOException {
    // -Dnml.validation.reportDir=... keeps the report for a human look at the plots.
    String keep = System.getProperty("nml.validation.reportDir");
    Path dir = keep == null ? tmp.resolve("validation") : Path.of(keep);
    outcome = ValidationRun.write(input(), dir);
    json = new ObjectMapper().readTree(outcome.json().toFile());
  }

  static ValidationInput input() {
    List<SampleInput> samples = List.of(
        new SampleInput("test split", ValidationFixtures.classifier(1, 3000, 0.95),
            ValidationFixtures.regression(2, 600, 0.004, 0.002)),
        new SampleInput("independent validation sample seed 43", ValidationFixtures.classifier(3, 1000, 0.93),
            ValidationFixtures.regression(4, 200, 0.005, 0.003)));
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("dataset_sha256", "ab12");
    provenance.put("seeds", List.of(42, 43));
    return ValidationInput.of(samples)
        .withGates(Gates.parse(List.of("minAccuracy=0.9", "minR2[@*]=0.5", "minR2[charge_radius@40Ca]=1")))
        .withTrainingCurves(List.of(curve("classifier", "cross-entropy"), curve("regressor", "MAPE (%)")))
        .withTables(List.of(new ThresholdAccuracy("30%", 0.9667), new ThresholdAccuracy("10 MeV", 0.9508)),
            List.of(new UnseenNucleusR2("30Ne", "initial", 0.13, -0.28), new UnseenNucleusR2("30Ne", "+I", 0.77, -0.67)))
        .withProvenance(provenance);
  }

  private static TrainingCurve curve(String model, String loss) {
    double[] train = new double[200];
    double[] validation = new double[200];
    for (int e = 0; e < train.length; e++) {
      train[e] = 0.05 + Math.exp(-e / 30.0);
      validation[e] = 0.07 + Math.exp(-e / 30.0) + 1e-4 * Math.max(0, e - 120);
    }
    return new TrainingCurve(model, loss, train, validation);
  }

  @Test
  void testWrite_jsonHasToolKeyPaths() {
    assertTrue(json.at("/classifier/accuracy").isDouble());
    for (String label : ValidationFixtures.BINARY) {
      for (String metric : List.of("precision", "recall", "f1")) {
        assertTrue(json.at("/classifier/per_class/" + label + "/" + metric).isDouble(), label + " " + metric);
      }
    }
    for (Observable o : Observable.values()) {
      String base = "/regressor/" + o.key() + "/";
      for (String key : List.of("r2", "mape_percent", "within_1pct", "within_5pct", "js_divergence")) {
        assertTrue(json.at(base + key).isDouble(), base + key);
      }
      for (String nucleus : List.of("16O", "40Ca", "208Pb")) {
        assertTrue(json.at(base + "per_nucleus/" + nucleus + "/r2").isDouble(), base + nucleus);
      }
    }
  }

  @Test
  void testWrite_jsonValuesMatchMetrics() {
    var primary = outcome.results().primary();
    assertEquals(primary.classifier().binary().accuracy(), json.at("/classifier/accuracy").asDouble(), 0);
    assertEquals(primary.regressor().get(Observable.CHARGE_RADIUS).perNucleus().get("40Ca").r2(),
        json.at("/regressor/charge_radius/per_nucleus/40Ca/r2").asDouble(), 0);
    assertEquals(2, json.at("/regressor/binding_energy/rel_error_interval95").size());
    assertEquals(4, json.at("/classifier/four_class/confusion_matrix/counts").size());
    assertEquals(3000, json.at("/classifier/n").asLong());
    assertTrue(json.at("/samples/independent validation sample seed 43/regressor/r2").isDouble());
    assertEquals("ab12", json.at("/provenance/dataset_sha256").asText());
    assertEquals(43, json.at("/provenance/seeds/1").asInt());
  }

  @Test
  void testWrite_gatesRecordedAndFailureMessageNamesGate() {
    assertFalse(outcome.passed());
    assertFalse(json.at("/gates/passed").asBoolean());
    JsonNode results = json.at("/gates/results");
    // minAccuracy, 2 observables x 3 nuclei for [@*], and the 40Ca override.
    assertEquals(8, results.size());
    JsonNode last = results.get(7);
    assertEquals("minR2[charge_radius@40Ca]", last.get("target").asText());
    assertEquals(1.0, last.get("required").asDouble());
    assertFalse(last.get("passed").asBoolean());
    assertEquals("minR2[charge_radius@40Ca]=1", results.get(5).get("overridden_by").asText());
    assertTrue(outcome.gates().message().contains("minR2[charge_radius@40Ca] required >= 1, actual 0."),
        outcome.gates().message());
  }

  @Test
  void testWrite_markdownHasPaperTables() throws IOException {
    String md = Files.readString(outcome.markdown());
    assertTrue(md.contains("| class | precision | recall | F1 | support |"), md);
    assertTrue(md.contains("| 30Ne | 0.13 / 0.77 | -0.28 / -0.67 |"), md);
    assertTrue(md.contains("| 10 MeV | 0.9508 |"), md);
    assertTrue(md.contains("FAIL"), md);
  }

  @Test
  void testWrite_htmlImagesExistAndAreValidPngs() throws IOException {
    assertEquals(List.of(), ReportCheck.problems(outcome.html()));
    List<String> sources = ReportCheck.imageSources(Files.readString(outcome.html()));
    // Training curves; per sample: 2 confusion matrices, 1 histogram pair, 2 scatter and 2 distribution grids.
    assertEquals(15, sources.size());
    List<String> plotted = new ArrayList<>();
    outcome.plots().forEach(p -> plotted.add(p.getFileName().toString()));
    assertEquals(new TreeSet<>(plotted), new TreeSet<>(sources));
  }

  @Test
  void testWrite_gateConfigurationErrorWritesNothing() {
    Path dir = tmp.resolve("not-written");
    ValidationInput bad = input().withGates(Gates.parse(List.of("minR2[@48Ca]=0.9")));
    assertThrows(InvalidParameterException.class, () -> ValidationRun.write(bad, dir));
    assertFalse(Files.exists(dir));
  }

  @Test
  void testWrite_degenerateRegressionOnlySampleStillGivesValidReport() throws IOException {
    // One point per nucleus, predicted exactly: zero-width histograms, one-point scatter panels,
    // undefined R^2; the report must still be complete and its plots valid.
    List<RegressionPoint> points = List.of(new RegressionPoint("16O", 127.6, 127.6, 2.70, 2.70),
        new RegressionPoint("208Pb", 1636.4, 1636.4, 5.50, 5.50));
    Path dir = tmp.resolve("degenerate");
    ValidationOutcome o = ValidationRun.write(ValidationInput.of(List.of(new SampleInput("tiny", null, points))), dir);
    assertEquals(List.of(), ReportCheck.problems(o.html()));
    JsonNode tree = new ObjectMapper().readTree(o.json().toFile());
    assertTrue(tree.at("/regressor/binding_energy/per_nucleus/16O/r2").isNull());
    assertTrue(tree.at("/classifier").isMissingNode());
  }
}

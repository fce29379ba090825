package org.nucleiml.validation.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.validation.ClassMetrics;
import org.nucleiml.validation.ClassificationMetrics;
import org.nucleiml.validation.ClassifierMetrics;
import org.nucleiml.validation.ConfusionMatrix;
import org.nucleiml.validation.GateReport;
import org.nucleiml.validation.GateResult;
import org.nucleiml.validation.JsEstimate;
import org.nucleiml.data.Observable;
import org.nucleiml.validation.ObservableMetrics;
import org.nucleiml.validation.RegressionMetrics;
import org.nucleiml.validation.RegressorMetrics;
import org.nucleiml.validation.SampleMetrics;
import org.nucleiml.validation.TrainingCurve;
import org.nucleiml.validation.ValidationResults;

/**
 * Renders validation.json, whose key paths (e.g. {@code regressor.charge_radius.r2}) are read by
 * tools and documented in docs/validation.md; undefined values are written as null.
 */
public final class JsonReport {

  /** The schema identifier written under {@code schema}; bump it when a key changes meaning. */
  public static final String SCHEMA = "nucleiml-validation/1";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** The whole document as a tree. */
  public static ObjectNode tree(ValidationResults results) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("runtime_version", RuntimeVersion.get());
    root.put("primary_sample", results.primary().name());
    root.set("provenance", MAPPER.valueToTree(results.input().provenance()));
    sections(root, results.primary());
    ObjectNode samples = root.putObject("samples");
    results.samples().forEach(s -> sections(samples.putObject(s.name()), s));
    root.set("gates", gates(results.gates()));
    tables(root.putObject("tables"), results);
    curves(root.putObject("training_curves"), results.input().trainingCurves());
    return root;
  }

  /** The document as indented JSON text. */
  public static String render(ValidationResults results) {
    try {
      return MAPPER.writeValueAsString(tree(results)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  private static void sections(ObjectNode node, SampleMetrics s) {
    if (s.classifier() != null) {
      classifier(node.putObject("classifier"), s.classifier());
    }
    if (s.regressor() != null) {
      regressor(node.putObject("regressor"), s.regressor());
    }
  }

  private static void classifier(ObjectNode node, ClassifierMetrics c) {
    classification(node, c.binary());
    if (c.scores() != null) {
      put(node, "roc_auc", c.scores().rocAuc());
      put(node, "brier_score", c.scores().brierScore());
    }
    if (c.fourClass() != null) {
      classification(node.putObject("four_class"), c.fourClass());
    }
  }

  private static void classification(ObjectNode node, ClassificationMetrics m) {
    put(node, "accuracy", m.accuracy());
    node.put("n", m.matrix().total());
    put(node, "macro_f1", m.macroF1());
    ObjectNode perClass = node.putObject("per_class");
    for (ClassMetrics c : m.perClass()) {
      ObjectNode o = perClass.putObject(c.label());
      put(o, "precision", c.precision());
      put(o, "recall", c.recall());
      put(o, "f1", c.f1());
      o.put("support", c.support());
    }
    node.set("confusion_matrix", matrix(m.matrix()));
  }

  private static ObjectNode matrix(ConfusionMatrix m) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("rows", "true label");
    node.put("columns", "predicted label");
    node.set("labels", MAPPER.valueToTree(m.labels()));
    node.set("counts", MAPPER.valueToTree(m.counts()));
    return node;
  }

  private static void regressor(ObjectNode node, RegressorMetrics r) {
    put(node, "r2", r.r2());
    node.set("nuclei", MAPPER.valueToTree(r.nuclei()));
    for (Observable o : Observable.values()) {
      observable(node.putObject(o.key()), r.get(o));
    }
  }

  private static void observable(ObjectNode node, ObservableMetrics m) {
    node.put("unit", m.observable().unit());
    metrics(node, m.pooled());
    JsEstimate worst = m.distributions().worst();
    put(node, "js_divergence", worst.divergence());
    put(node, "js_noise_floor", worst.noiseFloor());
    node.put("js_worst_nucleus", m.distributions().worstNucleus());
    ObjectNode perNucleus = node.putObject("per_nucleus");
    m.perNucleus().forEach((nucleus, metrics) -> {
      ObjectNode n = perNucleus.putObject(nucleus);
      metrics(n, metrics);
      js(n, m.distributions().perNucleus().get(nucleus));
    });
  }

  private static void metrics(ObjectNode node, RegressionMetrics m) {
    node.put("n", m.n());
    put(node, "r2", m.r2());
    put(node, "rmse", m.rmse());
    put(node, "mape_percent", m.mapePercent());
    put(node, "rel_error_mean", m.relErrorMean());
    put(node, "rel_error_sigma", m.relErrorSigma());
    ArrayNode interval = node.putArray("rel_error_interval95");
    interval.add(m.relErrorLow95()).add(m.relErrorHigh95());
    put(node, "abs_rel_error_p95", m.absRelErrorP95());
    put(node, "within_1pct", m.within1pct());
    put(node, "within_5pct", m.within5pct());
    if (!Double.isNaN(m.coverage95())) {
      // only with the emulator's uncertainty: a single network's validation.json is unchanged
      put(node, "coverage_68", m.coverage68());
      put(node, "coverage_95", m.coverage95());
    }
  }

  private static void js(ObjectNode node, JsEstimate e) {
    put(node, "js_divergence", e.divergence());
    put(node, "js_noise_floor", e.noiseFloor());
    node.put("js_bins", e.bins());
    node.put("js_occupied_bins", e.occupiedBins());
  }

  private static ObjectNode gates(GateReport report) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("sample", report.sample());
    node.put("passed", report.passed());
    node.put("checked", report.checked());
    node.put("failed", report.failures().size());
    node.put("message", report.message());
    ArrayNode results = node.putArray("results");
    for (GateResult r : report.results()) {
      ObjectNode o = results.addObject();
      o.put("gate", r.gate().spec());
      o.put("target", r.target());
      o.put("metric", r.gate().metric().key());
      o.put("observable", r.observable() == null ? null : r.observable().key());
      o.put("nucleus", r.nucleus());
      o.put("comparison", r.gate().metric().comparison());
      put(o, "required", r.gate().threshold());
      put(o, "actual", r.actual());
      o.put("passed", r.passed());
      o.put("overridden_by", r.overriddenBy() == null ? null : r.overriddenBy().spec());
    }
    return node;
  }

  private static void tables(ObjectNode node, ValidationResults results) {
    ArrayNode thresholds = node.putArray("threshold_accuracy");
    results.input().thresholdAccuracies().forEach(t ->
        thresholds.addObject().put("threshold", t.threshold()).put("accuracy", t.accuracy()));
    ArrayNode unseen = node.putArray("unseen_nuclei_r2");
    results.input().unseenNuclei().forEach(u -> unseen.addObject().put("nucleus", u.nucleus())
        .put("training_set", u.trainingSet()).put("binding_energy_r2", u.bindingEnergyR2())
        .put("charge_radius_r2", u.chargeRadiusR2()));
  }

  private static void curves(ObjectNode node, List<TrainingCurve> curves) {
    for (TrainingCurve c : curves) {
      double[] train = c.trainLoss();
      double[] validation = c.validationLoss();
      ObjectNode o = node.putObject(c.model());
      o.put("loss", c.lossName());
      o.put("epochs", train.length);
      o.put("final_train_loss", train[train.length - 1]);
      o.put("final_validation_loss", validation[validation.length - 1]);
      o.put("best_epoch", c.bestEpoch());
      o.put("best_validation_loss", validation[c.bestEpoch() - 1]);
    }
  }

  // JSON has no NaN: an undefined metric (e.g. R^2 of one point) is null, which tools must handle.
  private static void put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}

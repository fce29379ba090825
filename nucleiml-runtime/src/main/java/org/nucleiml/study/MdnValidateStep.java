package org.nucleiml.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.massmodel.MdnCalibration;
import org.nucleiml.emulator.massmodel.MdnMassData;
import org.nucleiml.emulator.massmodel.TrainedMdnModel;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.GarveyKelson;
import org.nucleiml.masses.MassErrors;
import org.nucleiml.masses.MassSurface;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.masses.Ws4Table;
import org.nucleiml.study.config.MdnModelEntry;

/**
 * nml:validate-masses for [S004] mixture density models (the spec's sections 2.4 and 4.7): per model
 * and set ({@code train}, {@code rest} = the unseen test nuclei, {@code all2016} = the data set, and
 * the data set's evaluation sets such as {@code all2020} and {@code new2020}) the RMS, MAE, 1/2/3-sigma
 * coverage, mean sigma and mean NLL, with WS4 on the same nuclei; the Garvey-Kelson rms of the model's
 * means over the data set S against that of the data (nuclei whose five partners are in S) and of WS4;
 * the gates of {@link MassGate}.
 */
public final class MdnValidateStep {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<MdnModelEntry> models;
  private final Path modelDirectory;
  private final Path outputDirectory;
  private final List<MassGate> gates;
  private final MdnShapleyOptions shapley;
  private final int threads;
  private final Consumer<String> log;

  /**
   * @param models the models as trained
   * @param modelDirectory nml:train-masses' output
   * @param outputDirectory where mass-validation.json and .md go
   * @param gates the gates
   * @param shapley which nuclei the Shapley values explain and against how many background nuclei
   * @param threads worker threads of the Shapley values (never changes an output)
   * @param log status lines
   */
  public MdnValidateStep(List<MdnModelEntry> models, Path modelDirectory, Path outputDirectory, List<MassGate> gates,
      MdnShapleyOptions shapley, int threads, Consumer<String> log) {
    this.models = List.copyOf(models);
    this.modelDirectory = modelDirectory;
    this.outputDirectory = outputDirectory;
    this.gates = List.copyOf(gates);
    this.shapley = shapley;
    this.threads = threads;
    this.log = log;
  }

  /** The metrics of one set: the model's calibration and WS4's errors on the same nuclei. */
  record SetMetrics(String set, MdnCalibration model, MassErrors ws4) {}

  /** GK rms (MeV) of the model's means, of the data and of WS4 over S, with their counts. */
  record GkMetrics(GarveyKelson.Summary model, GarveyKelson.Summary data, GarveyKelson.Summary ws4) {}

  /** Scores, writes the reports and returns the failed-gate exception (null when every gate passed). */
  public GateFailedException run() throws IOException {
    Map<Path, MassDataset> datasets = MassDataset.readAll(models.stream().map(MdnModelEntry::dataset).toList(),
        "mass_excess");
    Map<String, TrainedMdnModel> trained = MdnTrainStep.read(modelDirectory, models);
    Ws4Table ws4 = TableSource.bundled(TableFormat.WS4).load().ws4Table("ws4");
    MassSurface ws4Excess = (z, n) -> ws4.entry(z, n).map(e -> OptionalDouble.of(-e.theoreticalMassExcessMeV()))
        .orElse(OptionalDouble.empty());
    Map<String, List<SetMetrics>> sets = new LinkedHashMap<>();
    Map<String, GkMetrics> gk = new LinkedHashMap<>();
    Map<String, MdnFeatureImportance> importance = new LinkedHashMap<>();
    for (MdnModelEntry m : models) {
      MassDataset d = MassDataset.of(datasets, m.dataset());
      TrainedMdnModel t = trained.get(m.id());
      Map<String, List<NucleusRow>> named = new LinkedHashMap<>();
      named.put("train", d.rows(MassDataset.TRAIN));
      named.put("rest", d.rows(MassDataset.TEST));
      named.put("all2016", d.rows(MassDataset.ALL));
      for (String s : d.sets()) {
        if (!List.of(MassDataset.TRAIN, MassDataset.VALIDATION, MassDataset.TEST, MassDataset.ALL).contains(s)) {
          named.put(s, d.rows(s));
        }
      }
      List<SetMetrics> list = new ArrayList<>();
      named.forEach((name, rows) -> {
        if (!rows.isEmpty()) {
          Map<Nuclide, Double> data = MdnMassData.excess(rows);
          list.add(new SetMetrics(name, MdnCalibration.of(t, data), ws4Errors(ws4, data)));
        }
      });
      sets.put(m.id(), list);
      Map<Nuclide, Double> s = MdnMassData.excess(d.rows(MassDataset.ALL));
      MassSurface model = (z, n) -> OptionalDouble.of(-t.predict(z, n).excessMeV());
      MassSurface data = (z, n) -> s.containsKey(new Nuclide(z, n)) ? OptionalDouble.of(-s.get(new Nuclide(z, n)))
          : OptionalDouble.empty();
      gk.put(m.id(), new GkMetrics(GarveyKelson.summary(model, s.keySet()), GarveyKelson.summary(data, s.keySet()),
          GarveyKelson.summary(ws4Excess, s.keySet())));
      if (shapley.enabled()) {
        MdnFeatureImportance fi = MdnFeatureImportance.of(t, d, shapley, threads);
        importance.put(m.id(), fi);
        log.accept(String.format(Locale.ROOT, "%s: exact Shapley values of %d nuclei of %s (256 coalitions, "
            + "%d background nuclei): %s", m.id(), fi.nuclei().size(), fi.set(), fi.background(), fi.ranking()));
        AtomicFiles.writeString(outputDirectory.resolve(MdnFeatureImportance.file(m.id())), fi.csv());
      }
    }
    List<String> lines = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (MassGate g : gates) {
      double measured = measured(g, sets, gk);
      lines.add(g.describe(measured));
      if (!g.passes(measured)) {
        failed.add(g.describe(measured));
      }
    }
    AtomicFiles.writeString(outputDirectory.resolve(MassValidateStep.JSON_FILE), json(sets, gk, importance, lines));
    AtomicFiles.writeString(outputDirectory.resolve(MassValidateStep.MARKDOWN_FILE),
        markdown(sets, gk, importance, lines));
    sets.forEach((id, list) -> list.forEach(s -> log.accept(String.format(Locale.ROOT,
        "%s@%s: n = %d, RMS %.1f keV (WS4 %.1f), coverage 1/2/3 sigma %.3f/%.3f/%.3f, NLL %.3f", id, s.set(),
        s.model().errors().count(), s.model().errors().rmsKeV(), s.ws4().rmsKeV(), s.model().coverage1(),
        s.model().coverage2(), s.model().coverage3(), s.model().meanNll()))));
    gk.forEach((id, g) -> log.accept(String.format(Locale.ROOT, "%s: GK rms %.1f keV on %d nuclei (data %.1f keV on %d, "
        + "WS4 %.1f keV)", id, 1000 * g.model().rmsMeV(), g.model().count(), 1000 * g.data().rmsMeV(), g.data().count(),
        1000 * g.ws4().rmsMeV())));
    lines.forEach(log);
    log.accept("nml:validate-masses wrote " + outputDirectory.resolve(MassValidateStep.MARKDOWN_FILE));
    return failed.isEmpty() ? null : new GateFailedException("gates",
        failed.size() + " of " + gates.size() + " mass-model gates missed", failed);
  }

  private static MassErrors ws4Errors(Ws4Table ws4, Map<Nuclide, Double> data) {
    List<Double> errors = new ArrayList<>();
    data.forEach((n, y) -> ws4.entry(n.z(), n.n()).ifPresent(e -> errors.add(e.theoreticalMassExcessMeV() - y)));
    return MassErrors.ofMeV(errors.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private double measured(MassGate g, Map<String, List<SetMetrics>> sets, Map<String, GkMetrics> gk) {
    boolean ws4 = g.subject().equals("ws4");
    String model = ws4 ? sets.keySet().iterator().next() : g.subject();
    if (!sets.containsKey(model)) {
      throw new InvalidParameterException("gates", g.target(), "a gate on a validated model: " + sets.keySet() + " or ws4");
    }
    if (g.metric().equals("gkImprovement")) {
      return gkImprovement(g, model, gk);
    }
    if (g.metric().equals("maxGkRmsKeV")) {
      if (!g.set().equals("S")) {
        throw new InvalidParameterException("gates", g.target(), "maxGkRmsKeV[<model>@S] (S: the data set)");
      }
      return 1000 * (ws4 ? gk.get(model).ws4() : gk.get(model).model()).rmsMeV();
    }
    SetMetrics s = sets.get(model).stream().filter(x -> x.set().equals(g.set())).findFirst()
        .orElseThrow(() -> new InvalidParameterException("gates", g.target(),
            "a set of model " + model + ": " + sets.get(model).stream().map(SetMetrics::set).toList()));
    if (ws4 && !List.of("maxRmsKeV", "maxMaeKeV", "maxP95KeV").contains(g.metric())) {
      throw new InvalidParameterException("gates", g.target(), "maxRmsKeV, maxMaeKeV, maxP95KeV or maxGkRmsKeV for ws4");
    }
    MassErrors e = ws4 ? s.ws4() : s.model().errors();
    return switch (g.metric()) {
      case "maxRmsKeV" -> e.rmsKeV();
      case "maxMaeKeV" -> e.maeKeV();
      case "maxP95KeV" -> e.p95AbsKeV();
      case "minCoverage1Sigma" -> s.model().coverage1();
      case "minCoverage2Sigma" -> s.model().coverage2();
      case "minCoverage3Sigma" -> s.model().coverage3();
      case "maxNll" -> s.model().meanNll();
      default -> throw new InvalidParameterException("gates", g.target(), "a metric of an MDN model, not maxRatio");
    };
  }

  /**
   * GK rms of the model's means over that of its ablation (spec 4.8): both models must be validated here,
   * the first with lambda > 0 and the second with lambda = 0.
   */
  private double gkImprovement(MassGate g, String model, Map<String, GkMetrics> gk) {
    String ablation = g.set();
    if (g.subject().equals("ws4") || !gk.containsKey(ablation)) {
      throw new InvalidParameterException("gates", g.target(), "gkImprovement[<model>@<its lambda = 0 ablation>] "
          + "with both models validated here: " + gk.keySet());
    }
    double lambda = entry(model).definition().penaltyWeight();
    double ablationLambda = entry(ablation).definition().penaltyWeight();
    if (!(lambda > 0) || ablationLambda != 0) {
      throw new InvalidParameterException("gates", g.target(), String.format(Locale.ROOT,
          "a model with lambda > 0 before '@' and one with lambda = 0 after it (found lambda %s and %s)",
          Double.toString(lambda), Double.toString(ablationLambda)));
    }
    return gk.get(model).model().rmsMeV() / gk.get(ablation).model().rmsMeV();
  }

  private MdnModelEntry entry(String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static String json(Map<String, List<SetMetrics>> sets, Map<String, GkMetrics> gk,
      Map<String, MdnFeatureImportance> importance, List<String> gates) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("models");
    sets.forEach((id, metrics) -> {
      ObjectNode o = list.addObject();
      o.put("id", id);
      o.put("type", "mdn");
      ObjectNode so = o.putObject("sets");
      for (SetMetrics s : metrics) {
        ObjectNode x = so.putObject(s.set());
        MdnCalibration c = s.model();
        x.put("count", c.errors().count());
        x.put("rms_keV", round(c.errors().rmsKeV()));
        x.put("mae_keV", round(c.errors().maeKeV()));
        x.put("coverage_1sigma", round3(c.coverage1()));
        x.put("coverage_2sigma", round3(c.coverage2()));
        x.put("coverage_3sigma", round3(c.coverage3()));
        x.put("mean_sigma_keV", round(c.meanSigmaKeV()));
        x.put("mean_nll", round3(c.meanNll()));
        x.put("ws4_rms_keV", round(s.ws4().rmsKeV()));
      }
      GkMetrics g = gk.get(id);
      ObjectNode go = o.putObject("garvey_kelson_S");
      go.put("model_count", g.model().count()).put("model_rms_keV", round(1000 * g.model().rmsMeV()))
          .put("model_mean_abs_keV", round(1000 * g.model().meanAbsMeV()))
          .put("data_count", g.data().count()).put("data_rms_keV", round(1000 * g.data().rmsMeV()))
          .put("ws4_count", g.ws4().count()).put("ws4_rms_keV", round(1000 * g.ws4().rmsMeV()));
      if (importance.containsKey(id)) {
        importance.get(id).json(o.putObject("shapley"));
      }
    });
    ArrayNode g = root.putArray("gates");
    gates.forEach(g::add);
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  private static String markdown(Map<String, List<SetMetrics>> sets, Map<String, GkMetrics> gk,
      Map<String, MdnFeatureImportance> importance, List<String> gates) {
    StringBuilder sb = new StringBuilder("# Mixture density mass models ([S004]): ours beside the paper and WS4\n\n");
    sb.append("RMS of the mean mass excess in keV; coverage = fraction within 1/2/3 sigma; NLL per nucleus (MeV units). "
        + "Paper: 186 keV (train), 316 keV (all2016), 336 keV (all2020).\n\n");
    sb.append("| model | set | n | RMS | MAE | cov 1σ | cov 2σ | cov 3σ | mean σ | NLL | WS4 RMS |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    sets.forEach((id, metrics) -> metrics.forEach(s -> sb.append(String.format(Locale.ROOT,
        "| %s | %s | %d | %.1f | %.1f | %.3f | %.3f | %.3f | %.1f | %.3f | %.1f |%n", id, s.set(),
        s.model().errors().count(), s.model().errors().rmsKeV(), s.model().errors().maeKeV(), s.model().coverage1(),
        s.model().coverage2(), s.model().coverage3(), s.model().meanSigmaKeV(), s.model().meanNll(),
        s.ws4().rmsKeV()))));
    sb.append("\n## Garvey-Kelson rms over the data set S (keV)\n\n| model | model (n) | data (n) | WS4 (n) |\n"
        + "|---|---:|---:|---:|\n");
    gk.forEach((id, g) -> sb.append(String.format(Locale.ROOT, "| %s | %.1f (%d) | %.1f (%d) | %.1f (%d) |%n", id,
        1000 * g.model().rmsMeV(), g.model().count(), 1000 * g.data().rmsMeV(), g.data().count(),
        1000 * g.ws4().rmsMeV(), g.ws4().count())));
    importance.forEach((id, fi) -> fi.markdown(id, sb));
    if (!gates.isEmpty()) {
      sb.append("\n## Gates\n\n");
      gates.forEach(l -> sb.append("- ").append(l).append('\n'));
    }
    return sb.toString();
  }

  private static double round(double keV) {
    return Double.isNaN(keV) ? keV : Math.round(keV * 10.0) / 10.0;
  }

  private static double round3(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 1000.0) / 1000.0;
  }
}

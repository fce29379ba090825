package org.nucleiml.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.massmodel.TrainedMassModel;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.ChartRegion;
import org.nucleiml.masses.LiquidDrop;
import org.nucleiml.masses.MassErrors;
import org.nucleiml.masses.MassMetrics;
import org.nucleiml.masses.MassSurface;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.masses.Ws4Table;
import org.nucleiml.study.config.MassModelEntry;

/**
 * The validation step of a mass-model study (nml:validate-masses): scores every trained model on
 * every set of its data set (count, RMS, MAE, mean, max and p95 |error| in keV) with WS4 and the
 * liquid drop on the same nuclei, S_n and S_p on the data set's nuclei, writes mass-validation.json and
 * mass-validation.md (with [S003] Table III beside ours), then checks the gates.
 */
public final class MassValidateStep {

  /** The metrics, machine-readable. */
  public static final String JSON_FILE = "mass-validation.json";
  /** The metrics as a markdown table beside the paper's. */
  public static final String MARKDOWN_FILE = "mass-validation.md";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The metrics of one set.
   *
   * @param set the set's name
   * @param model the model's errors
   * @param ws4 the WS4 table's errors on the same nuclei
   * @param liquidDrop the liquid drop's (the model's baseline; WS4 coefficients for Method I)
   */
  record SetMetrics(String set, MassErrors model, MassErrors ws4, MassErrors liquidDrop) {}

  /**
   * The metrics of one model.
   *
   * @param entry the model
   * @param dataset the data set's name
   * @param sets per set, in {@link MassDataset#sets()} order
   * @param neutronSeparation S_n errors over the data set's nuclei (model, then WS4)
   * @param protonSeparation S_p errors likewise
   * @param testRegions test-set errors by Z band and parity class (spec 3.8)
   * @param extrapolation B − B_WS4 (keV) along the Z = 28, 50, 82, 92 chains beyond the paper's training data
   */
  record ModelMetrics(MassModelEntry entry, String dataset, List<SetMetrics> sets, List<MassErrors> neutronSeparation,
      List<MassErrors> protonSeparation, Map<String, MassErrors> testRegions, Map<String, Double> extrapolation) {}

  private final List<MassModelEntry> models;
  private final Path modelDirectory;
  private final Path outputDirectory;
  private final List<MassGate> gates;
  private final Consumer<String> log;

  /**
   * @param models the models, as trained
   * @param modelDirectory nml:train-masses' output directory
   * @param outputDirectory where the reports go
   * @param gates the gates (may be empty)
   * @param log status lines
   */
  public MassValidateStep(List<MassModelEntry> models, Path modelDirectory, Path outputDirectory, List<MassGate> gates,
      Consumer<String> log) {
    this.models = List.copyOf(models);
    this.modelDirectory = modelDirectory;
    this.outputDirectory = outputDirectory;
    this.gates = List.copyOf(gates);
    this.log = log;
  }

  /**
   * Scores, writes the reports, and returns the failed-gate exception (or null when every gate passed);
   * the caller decides through {@code FailOnGate} whether it fails the build.
   */
  public GateFailedException run() throws IOException {
    Map<Path, MassDataset> datasets = MassDataset.readAll(models.stream().map(MassModelEntry::dataset).toList());
    Map<String, TrainedMassModel> trained = MassTrainStep.read(modelDirectory, models);
    Ws4Table ws4 = TableSource.bundled(TableFormat.WS4).load().ws4Table("ws4");
    ChainExtrapolation chains = ChainExtrapolation.read(modelDirectory.resolve(MassTrainStep.MASS_TABLE));
    List<ModelMetrics> results = new ArrayList<>();
    for (MassModelEntry m : models) {
      results.add(score(m, MassDataset.of(datasets, m.dataset()), trained.get(m.id()), ws4, chains));
    }
    Map<String, MassErrors> ws4ByDataset = new LinkedHashMap<>();
    for (MassDataset d : datasets.values()) {
      List<NucleusRow> all = d.rows(MassDataset.ALL);
      ws4ByDataset.put(d.name(), MassMetrics.bindingEnergy(ws4, surface(all), nuclides(all)));
    }
    List<String> lines = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (MassGate g : gates) {
      double measured = measured(g, results, ws4ByDataset);
      lines.add(g.describe(measured));
      if (!g.passes(measured)) {
        failed.add(g.describe(measured));
      }
    }
    AtomicFiles.writeString(outputDirectory.resolve(JSON_FILE), json(results, ws4ByDataset, lines));
    AtomicFiles.writeString(outputDirectory.resolve(MARKDOWN_FILE), markdown(results, ws4ByDataset, lines));
    for (ModelMetrics r : results) {
      for (SetMetrics s : r.sets()) {
        log.accept(String.format(Locale.ROOT, "%s@%s: n = %d, RMS %.1f keV, MAE %.1f keV (WS4 %.1f keV)",
            r.entry().id(), s.set(), s.model().count(), s.model().rmsKeV(), s.model().maeKeV(), s.ws4().rmsKeV()));
      }
    }
    lines.forEach(log);
    log.accept("nml:validate-masses wrote " + outputDirectory.resolve(MARKDOWN_FILE));
    return failed.isEmpty() ? null : new GateFailedException("gates",
        failed.size() + " of " + gates.size() + " mass-model gates missed", failed);
  }

  private static ModelMetrics score(MassModelEntry m, MassDataset d, TrainedMassModel model, Ws4Table ws4,
      ChainExtrapolation chains) {
    if (!model.featureNames().equals(d.table().features(m.featureSet().id()))) {
      throw new InvalidParameterException("models[" + m.id() + "]", m.featureSet().id(),
          "the features the model file was trained on: " + model.featureNames());
    }
    LiquidDrop drop = m.residual() ? MassModelInputs.liquidDrop(m) : LiquidDrop.WS4;
    MassSurface ld = (z, n) -> OptionalDouble.of(drop.bindingEnergyMeV(z, n));
    List<NucleusRow> all = d.rows(MassDataset.ALL);
    double[][] x = d.table().featureMatrix(m.featureSet().id(), all);
    Map<Nuclide, Double> predicted = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Nuclide nu = all.get(i).nuclide();
      predicted.put(nu, MassModelInputs.bindingEnergyMeV(m, model, nu.z(), nu.n(), x[i]));
    }
    List<SetMetrics> sets = new ArrayList<>();
    for (String s : d.sets()) {
      List<NucleusRow> rows = d.rows(s);
      List<Nuclide> nuclides = nuclides(rows);
      MassSurface data = surface(rows);
      MassSurface ours = predictions(m, model, d, rows, predicted);
      sets.add(new SetMetrics(s, MassMetrics.bindingEnergy(ours, data, nuclides),
          MassMetrics.bindingEnergy(ws4, data, nuclides), MassMetrics.bindingEnergy(ld, data, nuclides)));
    }
    MassSurface data = surface(all);
    MassSurface ours = predictions(m, model, d, all, predicted);
    List<Nuclide> nuclides = nuclides(all);
    List<NucleusRow> test = d.rows(MassDataset.TEST);
    List<ChartRegion> regions = new ArrayList<>(ChartRegion.Z_BANDS);
    regions.addAll(ChartRegion.PARITY_CLASSES);
    return new ModelMetrics(m, d.name(), sets,
        List.of(MassMetrics.neutronSeparation(ours, data, nuclides), MassMetrics.neutronSeparation(ws4, data, nuclides)),
        List.of(MassMetrics.protonSeparation(ours, data, nuclides), MassMetrics.protonSeparation(ws4, data, nuclides)),
        MassMetrics.byRegion(ours, surface(test), nuclides(test), regions), chains.differencesKeV(m.id()));
  }

  /** The model's predictions on {@code rows} (computed once for the data set's train, validation and test rows). */
  private static MassSurface predictions(MassModelEntry m, TrainedMassModel model, MassDataset d, List<NucleusRow> rows,
      Map<Nuclide, Double> predicted) {
    Map<Nuclide, Double> map = new HashMap<>();
    double[][] x = null;
    for (int i = 0; i < rows.size(); i++) {
      Nuclide nu = rows.get(i).nuclide();
      Double p = predicted.get(nu);
      if (p == null) {
        if (x == null) {
          x = d.table().featureMatrix(m.featureSet().id(), rows);
        }
        p = MassModelInputs.bindingEnergyMeV(m, model, nu.z(), nu.n(), x[i]);
      }
      map.put(nu, p);
    }
    return (z, n) -> {
      Double v = map.get(new Nuclide(z, n));
      return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    };
  }

  /** The measured B of {@code rows} as a surface (empty elsewhere). */
  static MassSurface surface(List<NucleusRow> rows) {
    Map<Nuclide, Double> map = new HashMap<>();
    rows.forEach(r -> map.put(r.nuclide(), r.targetMeV()));
    return (z, n) -> {
      Double v = map.get(new Nuclide(z, n));
      return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    };
  }

  private static List<Nuclide> nuclides(List<NucleusRow> rows) {
    return rows.stream().map(NucleusRow::nuclide).toList();
  }

  private double measured(MassGate g, List<ModelMetrics> results, Map<String, MassErrors> ws4ByDataset) {
    if (g.subject().equals("ws4")) {
      MassErrors e = ws4ByDataset.get(g.set());
      if (e == null) {
        throw new InvalidParameterException("gates", g.target(), "ws4@<data set>, data sets: " + ws4ByDataset.keySet());
      }
      return value(g.metric(), e);
    }
    ModelMetrics r = results.stream().filter(x -> x.entry().id().equals(g.subject())).findFirst()
        .orElseThrow(() -> new InvalidParameterException("gates", g.target(),
            "a gate on a validated model: " + models.stream().map(MassModelEntry::id).toList() + " or ws4"));
    if (g.metric().equals("maxRatio")) {
      String[] ab = g.set().split("/", 2);
      return set(g, r, ab[0].trim()).model().rmsKeV() / set(g, r, ab[1].trim()).model().rmsKeV();
    }
    return value(g.metric(), set(g, r, g.set()).model());
  }

  private static SetMetrics set(MassGate g, ModelMetrics r, String name) {
    return r.sets().stream().filter(s -> s.set().equals(name)).findFirst()
        .orElseThrow(() -> new InvalidParameterException("gates", g.target(),
            "a set of model " + r.entry().id() + ": " + r.sets().stream().map(SetMetrics::set).toList()));
  }

  /**
   * The value a gate's metric reads from errors: RMS, MAE or p95 |error|. A metric errors cannot answer
   * (coverage, NLL, GK: MDN gates) is refused by name rather than scored as something else.
   */
  static double value(String metric, MassErrors e) {
    return switch (metric) {
      case "maxRmsKeV" -> e.rmsKeV();
      case "maxMaeKeV" -> e.maeKeV();
      case "maxP95KeV" -> e.p95AbsKeV();
      default -> throw new InvalidParameterException("gates", metric,
          "for fcnn mass models and ws4: maxRmsKeV, maxMaeKeV, maxP95KeV or maxRatio (the others need an mdn model)");
    };
  }

  private static String json(List<ModelMetrics> results, Map<String, MassErrors> ws4ByDataset, List<String> gateLines)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("models");
    for (ModelMetrics r : results) {
      ObjectNode o = list.addObject();
      o.put("id", r.entry().id());
      o.put("dataset", r.dataset());
      o.put("method", r.entry().method());
      o.put("baseline", r.entry().baseline().id());
      ObjectNode sets = o.putObject("sets");
      for (SetMetrics s : r.sets()) {
        ObjectNode so = errors(sets.putObject(s.set()), s.model());
        errors(so.putObject("ws4"), s.ws4());
        errors(so.putObject("liquid_drop"), s.liquidDrop());
        HuangTableIII.of(r.entry().id(), s.set()).ifPresent(p -> {
          ObjectNode po = so.putObject("paper");
          po.put("rms_keV", p.rmsKeV());
          po.put("mae_keV", p.maeKeV());
        });
      }
      ObjectNode sep = o.putObject("separation_energies_all");
      errors(sep.putObject("s_n"), r.neutronSeparation().get(0));
      errors(sep.putObject("s_n_ws4"), r.neutronSeparation().get(1));
      errors(sep.putObject("s_p"), r.protonSeparation().get(0));
      errors(sep.putObject("s_p_ws4"), r.protonSeparation().get(1));
      ObjectNode regions = o.putObject("test_by_region");
      r.testRegions().forEach((name, e) -> errors(regions.putObject(name), e));
      ObjectNode ext = o.putObject("extrapolation_minus_ws4_keV");
      r.extrapolation().forEach((point, v) -> ext.put(point, round(v)));
    }
    ObjectNode ws4 = root.putObject("ws4_by_dataset");
    ws4ByDataset.forEach((name, e) -> errors(ws4.putObject(name), e));
    ArrayNode g = root.putArray("gates");
    gateLines.forEach(g::add);
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  /** Writes the error statistics into {@code o} (keV, one decimal). */
  static ObjectNode errors(ObjectNode o, MassErrors e) {
    o.put("count", e.count());
    o.put("rms_keV", round(e.rmsKeV()));
    o.put("mae_keV", round(e.maeKeV()));
    o.put("mean_keV", round(e.meanKeV()));
    o.put("max_abs_keV", round(e.maxAbsKeV()));
    o.put("p95_abs_keV", round(e.p95AbsKeV()));
    return o;
  }

  private static double round(double keV) {
    return Double.isNaN(keV) ? keV : Math.round(keV * 10.0) / 10.0;
  }

  private static String markdown(List<ModelMetrics> results, Map<String, MassErrors> ws4ByDataset,
      List<String> gateLines) {
    StringBuilder sb = new StringBuilder("# Mass models: ours beside [S003] Table III and WS4\n\n");
    sb.append("RMS / MAE in keV on the same nuclei; paper: Huang et al. Table III; WS4: the WS4 table; "
        + "LD: the model's liquid drop (WS4 coefficients for Method I).\n\n");
    sb.append("| model | set | n | ours RMS | ours MAE | ours p95 | paper RMS | paper MAE | WS4 RMS | WS4 MAE | LD RMS |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ModelMetrics r : results) {
      for (SetMetrics s : r.sets()) {
        var paper = HuangTableIII.of(r.entry().id(), s.set());
        sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %s | %s | %.1f | %.1f | %.0f |\n",
            r.entry().id(), s.set(), s.model().count(), s.model().rmsKeV(), s.model().maeKeV(),
            s.model().p95AbsKeV(), paper.map(p -> fmt(p.rmsKeV())).orElse("-"),
            paper.map(p -> fmt(p.maeKeV())).orElse("-"), s.ws4().rmsKeV(), s.ws4().maeKeV(),
            s.liquidDrop().rmsKeV()));
      }
    }
    sb.append("\n## Separation energies (all nuclei of the data set, where both nuclei are in it)\n\n");
    sb.append("| model | S_n n | S_n RMS | S_n RMS WS4 | S_p n | S_p RMS | S_p RMS WS4 |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (ModelMetrics r : results) {
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d | %.1f | %.1f |\n", r.entry().id(),
          r.neutronSeparation().get(0).count(), r.neutronSeparation().get(0).rmsKeV(),
          r.neutronSeparation().get(1).rmsKeV(), r.protonSeparation().get(0).count(),
          r.protonSeparation().get(0).rmsKeV(), r.protonSeparation().get(1).rmsKeV()));
    }
    sb.append("\n## Test RMS (keV) by region\n\n| model |");
    List<String> names = results.isEmpty() ? List.of() : List.copyOf(results.get(0).testRegions().keySet());
    names.forEach(n -> sb.append(' ').append(n).append(" |"));
    sb.append("\n|---|").append("---:|".repeat(names.size())).append('\n');
    for (ModelMetrics r : results) {
      sb.append("| ").append(r.entry().id()).append(" |");
      names.forEach(n -> sb.append(String.format(Locale.ROOT, " %.0f (%d) |", r.testRegions().get(n).rmsKeV(),
          r.testRegions().get(n).count())));
      sb.append('\n');
    }
    sb.append("\n## Extrapolation: B(model) - B(WS4), keV, beyond the paper's last trained N (45, 85, 133, 148)\n\n");
    sb.append("| model |");
    List<String> points = results.isEmpty() ? List.of() : List.copyOf(results.get(0).extrapolation().keySet());
    points.forEach(p -> sb.append(' ').append(p).append(" |"));
    sb.append("\n|---|").append("---:|".repeat(points.size())).append('\n');
    for (ModelMetrics r : results) {
      sb.append("| ").append(r.entry().id()).append(" |");
      points.forEach(p -> sb.append(String.format(Locale.ROOT, " %.0f |", r.extrapolation().getOrDefault(p, Double.NaN))));
      sb.append('\n');
    }
    sb.append("\n## WS4 on each data set\n\n| data set | n | RMS | MAE |\n|---|---:|---:|---:|\n");
    ws4ByDataset.forEach((name, e) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |\n", name,
        e.count(), e.rmsKeV(), e.maeKeV())));
    if (!gateLines.isEmpty()) {
      sb.append("\n## Gates\n\n");
      gateLines.forEach(l -> sb.append("- ").append(l).append('\n'));
    }
    return sb.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}

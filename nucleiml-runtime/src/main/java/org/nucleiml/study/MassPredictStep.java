package org.nucleiml.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.MassErrors;
import org.nucleiml.masses.MassMetrics;
import org.nucleiml.masses.MassSurface;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;

/**
 * The prediction step (nml:predict-masses): a released mass model ({@link ReleasedMassModel}) answers
 * B(Z, N) for listed nuclei and for the nuclei of a data set; on a data set it is scored per set (RMS,
 * MAE, p95 in keV, WS4 on the same nuclei) and gated like nml:validate-masses
 * ({@code maxRmsKeV[B-III@test]=306}).
 */
public final class MassPredictStep {

  /** One line per nucleus: Z, N, A, set, measured B, WS4's B and every model's B. */
  public static final String PREDICTIONS = "mass-predictions.csv";
  /** The scores on the data set, machine-readable. */
  public static final String JSON_FILE = "mass-scores.json";
  /** The scores as a markdown table. */
  public static final String MARKDOWN_FILE = "mass-scores.md";
  /** The set name of nuclei listed by the user. */
  public static final String LISTED = "listed";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ReleasedMassModel release;
  private final Path dataset;
  private final List<Nuclide> nuclei;
  private final Path outputDirectory;
  private final List<MassGate> gates;
  private final Consumer<String> log;

  /**
   * @param release the loaded release
   * @param dataset an nml:dataset output directory to score on, or null
   * @param nuclei nuclei to predict (may be empty)
   * @param outputDirectory where the files go
   * @param gates gates on the data set's sets (may be empty)
   * @param log status lines
   */
  public MassPredictStep(ReleasedMassModel release, Path dataset, List<Nuclide> nuclei, Path outputDirectory,
      List<MassGate> gates, Consumer<String> log) {
    this.release = release;
    this.dataset = dataset;
    this.nuclei = List.copyOf(nuclei);
    this.outputDirectory = outputDirectory;
    this.gates = List.copyOf(gates);
    this.log = log;
  }

  /** Predicts, scores, writes the files and returns the failed-gate exception (null when all passed). */
  public GateFailedException run() throws IOException {
    if (dataset == null && nuclei.isEmpty()) {
      throw new InvalidParameterException("nuclei", "none", "nuclei to predict, a dataset to score on, or both");
    }
    if (dataset == null && !gates.isEmpty()) {
      throw new InvalidParameterException("gates", gates.get(0).target(), "gates only with a dataset to score on");
    }
    MassDataset d = dataset == null ? null : MassDataset.read(dataset);
    StringBuilder csv = new StringBuilder("Z,N,A,set,B_exp_MeV,B_ws4_MeV");
    release.modelIds().forEach(id -> csv.append(",B_").append(id).append("_MeV"));
    csv.append('\n');
    for (Nuclide nu : nuclei) {
      line(csv, nu, LISTED, OptionalDouble.empty());
    }
    Map<String, Map<String, MassErrors[]>> scores = new LinkedHashMap<>();
    if (d != null) {
      for (NucleusRow r : d.rows(MassDataset.ALL)) {
        line(csv, r.nuclide(), r.split(), OptionalDouble.of(r.targetMeV()));
      }
      scores = scores(d);
    }
    List<String> lines = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (MassGate g : gates) {
      double measured = measured(g, scores);
      lines.add(g.describe(measured));
      if (!g.passes(measured)) {
        failed.add(g.describe(measured));
      }
    }
    AtomicFiles.writeString(outputDirectory.resolve(PREDICTIONS), csv.toString());
    if (d != null) {
      AtomicFiles.writeString(outputDirectory.resolve(JSON_FILE), json(d.name(), scores, lines));
      AtomicFiles.writeString(outputDirectory.resolve(MARKDOWN_FILE), markdown(d.name(), scores, lines));
      scores.forEach((id, sets) -> sets.forEach((set, e) -> log.accept(String.format(Locale.ROOT,
          "%s@%s: n = %d, RMS %.1f keV, MAE %.1f keV (WS4 %.1f keV)", id, set, e[0].count(), e[0].rmsKeV(),
          e[0].maeKeV(), e[1].rmsKeV()))));
    }
    lines.forEach(log);
    log.accept("nml:predict-masses wrote " + outputDirectory.resolve(PREDICTIONS) + " (" + release.modelIds() + " of "
        + release.source() + ")");
    return failed.isEmpty() ? null : new GateFailedException("gates",
        failed.size() + " of " + gates.size() + " mass-model gates missed", failed);
  }

  private void line(StringBuilder csv, Nuclide nu, String set, OptionalDouble measured) {
    csv.append(nu.z()).append(',').append(nu.n()).append(',').append(nu.a()).append(',').append(set).append(',')
        .append(measured.isPresent() ? MassTrainStep.mev(measured.getAsDouble()) : "").append(',');
    OptionalDouble ws4 = release.ws4BindingEnergyMeV(nu.z(), nu.n());
    csv.append(ws4.isPresent() ? MassTrainStep.mev(ws4.getAsDouble()) : "");
    for (String id : release.modelIds()) {
      csv.append(',').append(MassTrainStep.mev(release.bindingEnergyMeV(id, nu.z(), nu.n())));
    }
    csv.append('\n');
  }

  /** Per model, per set: [model errors, WS4 errors on the same nuclei]. */
  private Map<String, Map<String, MassErrors[]>> scores(MassDataset d) {
    MassSurface ws4 = release::ws4BindingEnergyMeV;
    Map<String, Map<String, MassErrors[]>> scores = new LinkedHashMap<>();
    for (String id : release.modelIds()) {
      MassSurface model = release.surface(id);
      Map<String, MassErrors[]> sets = new LinkedHashMap<>();
      for (String s : d.sets()) {
        List<NucleusRow> rows = d.rows(s);
        MassSurface data = MassValidateStep.surface(rows);
        List<Nuclide> set = rows.stream().map(NucleusRow::nuclide).toList();
        sets.put(s, new MassErrors[] {MassMetrics.bindingEnergy(model, data, set),
            MassMetrics.bindingEnergy(ws4, data, set)});
      }
      scores.put(id, sets);
    }
    return scores;
  }

  private double measured(MassGate g, Map<String, Map<String, MassErrors[]>> scores) {
    if (g.metric().equals("maxRatio")) {
      String[] ab = g.set().split("/", 2);
      return errors(g, scores, ab[0].trim()).rmsKeV() / errors(g, scores, ab[1].trim()).rmsKeV();
    }
    return MassValidateStep.value(g.metric(), errors(g, scores, g.set()));
  }

  private MassErrors errors(MassGate g, Map<String, Map<String, MassErrors[]>> scores, String set) {
    boolean ws4 = g.subject().equals("ws4");
    Map<String, MassErrors[]> sets = scores.get(ws4 ? release.modelIds().get(0) : g.subject());
    if (sets == null) {
      throw new InvalidParameterException("gates", g.target(), "a gate on a model of the release: "
          + release.modelIds() + " or ws4");
    }
    MassErrors[] e = sets.get(set);
    if (e == null) {
      throw new InvalidParameterException("gates", g.target(), "a set of the data set: " + sets.keySet());
    }
    return e[ws4 ? 1 : 0];
  }

  private static String json(String dataset, Map<String, Map<String, MassErrors[]>> scores, List<String> gateLines)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("dataset", dataset);
    ObjectNode models = root.putObject("models");
    scores.forEach((id, sets) -> {
      ObjectNode m = models.putObject(id);
      sets.forEach((set, e) -> MassValidateStep.errors(MassValidateStep.errors(m.putObject(set), e[0])
          .putObject("ws4"), e[1]));
    });
    gateLines.forEach(root.putArray("gates")::add);
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  private String markdown(String dataset, Map<String, Map<String, MassErrors[]>> scores, List<String> gateLines) {
    StringBuilder sb = new StringBuilder("# Released mass model scored on data set " + dataset + "\n\n");
    sb.append("Release: models ").append(release.modelIds()).append(". RMS / MAE / p95 |error| in keV; WS4 on the "
        + "same nuclei.\n\n| model | set | n | RMS | MAE | p95 | WS4 RMS | WS4 MAE |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
    scores.forEach((id, sets) -> sets.forEach((set, e) -> sb.append(String.format(Locale.ROOT,
        "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", id, set, e[0].count(), e[0].rmsKeV(), e[0].maeKeV(),
        e[0].p95AbsKeV(), e[1].rmsKeV(), e[1].maeKeV()))));
    if (!gateLines.isEmpty()) {
      sb.append("\n## Gates\n\n");
      gateLines.forEach(l -> sb.append("- ").append(l).append('\n'));
    }
    return sb.toString();
  }
}

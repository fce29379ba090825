package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.nucleiml.emulator.massmodel.TrainedMdnModel;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.masses.Ws4Entry;
import org.nucleiml.masses.Ws4Table;
import org.nucleiml.study.config.MdnModelEntry;
import org.nucleiml.validation.report.MassPlots;
import org.nucleiml.validation.report.PlotFile;

/**
 * nml:report-masses for [S004] mixture density models: the per-set table beside the paper (from
 * mass-validation.json), the Garvey-Kelson rms of model, data and WS4, the Shapley feature importance
 * (Fig. 3 analogue, bars of mean |φ| of the mean and of sigma) and isotopic chains with the model's mean
 * and ±1, 2, 3 sigma bands against AME2016 and AME2020 with the training nuclei marked (Fig. 2
 * analogue, relative to WS4). Everything is computed from the files, so the same files give the same
 * bytes.
 */
public final class MdnReportStep {

  /** The default chains: Nd (the paper's Fig. 2) and Z = 28, 50, 82 (spec 4.7). */
  public static final List<Integer> DEFAULT_CHAINS = List.of(60, 28, 50, 82);
  /** Neutrons shown beyond the chain's measured nuclei on each side (the bands' growth away from data). */
  static final int MARGIN_BELOW = 4;
  static final int MARGIN_ABOVE = 10;

  private final List<MdnModelEntry> models;
  private final Path modelDirectory;
  private final Path validationDirectory;
  private final Path html;
  private final List<Integer> chains;
  private final Consumer<String> log;

  /**
   * @param models the models, as trained and validated
   * @param modelDirectory nml:train-masses' output directory
   * @param validationDirectory nml:validate-masses' output directory
   * @param html the page to write (report.md and the PNGs go beside it)
   * @param chains the proton numbers of the chains to draw
   * @param log status lines
   */
  public MdnReportStep(List<MdnModelEntry> models, Path modelDirectory, Path validationDirectory, Path html,
      List<Integer> chains, Consumer<String> log) {
    MassReportStep.checkedHtml(html);
    this.models = List.copyOf(models);
    this.modelDirectory = modelDirectory;
    this.validationDirectory = validationDirectory;
    this.html = html;
    this.chains = List.copyOf(chains);
    this.log = log;
  }

  /** Writes the page and its plots. */
  public void run() throws IOException {
    JsonNode validation = MassReportStep.readValidation(validationDirectory);
    Map<String, TrainedMdnModel> trained = MdnTrainStep.read(modelDirectory, models);
    Map<Path, MassDataset> datasets = MassDataset.readAll(models.stream().map(MdnModelEntry::dataset).toList(),
        "mass_excess");
    Ws4Table ws4 = TableSource.bundled(TableFormat.WS4).load().ws4Table("ws4");
    Path dir = html.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    StringBuilder md = new StringBuilder("# Mixture density mass models: ours beside [S004] and WS4\n\n");
    setTable(md, validation);
    gkTable(md, validation);
    List<PlotFile> plots = new ArrayList<>();
    List<MassPlots.Bars> bars = shapleyBars(md, validation);
    if (!bars.isEmpty()) {
      plots.add(MassPlots.bars(dir, "shapley.png", "Feature importance (exact Shapley values)",
          "Mean |φ_j| in keV of each feature's exact interventional Shapley value for the predicted mean and "
              + "sigma ([S004] Fig. 3 analogue, spec 4.7), one panel per model and output; the nuclei and "
              + "background are named in the table above.", "mean |φ| (keV)", bars, 2));
    }
    List<MassPlots.BandPanel> panels = new ArrayList<>();
    for (MdnModelEntry m : models) {
      MassDataset d = MassDataset.of(datasets, m.dataset());
      for (int z : chains) {
        panels.add(chainPanel(m.id(), trained.get(m.id()), d, ws4, z));
      }
    }
    md.append("\n## Chains\n\nΔ(model) − Δ(WS4) in MeV along the Z = ")
        .append(String.join(", ", chains.stream().map(String::valueOf).toList()))
        .append(" chains with the model's ±1, 2, 3σ bands, AME2016 (circles) and AME2020 (crosses) where "
            + "measured, training nuclei (diamonds); the N range is the chain's measured nuclei extended by "
            + MARGIN_BELOW + " below and " + MARGIN_ABOVE + " above (the whole WS4 chain when none is measured).\n");
    plots.add(MassPlots.bands(dir, "chains.png", "Chains with uncertainty bands",
        "Mass excess of the model minus WS4 along isotopic chains ([S004] Fig. 2 analogue; FRDM2012 is not "
            + "available, WS4 takes its place): mean (line), ±1, 2, 3σ (bands), AME2016 and AME2020 data and "
            + "the training nuclei.", panels, 2));
    MassReportStep.writePage(md, plots, html, markdown(), log);
  }

  /** The Markdown page beside the HTML one. */
  public Path markdown() {
    return MassReportStep.markdownOf(html);
  }

  private static void setTable(StringBuilder md, JsonNode validation) {
    md.append("RMS of the mean mass excess in keV, coverage = fraction within 1/2/3σ. Paper: 186 keV (train), "
        + "316 keV (all2016), 336 keV (all2020) [S004 Abstract, Results ¶1].\n\n"
        + "| model | set | n | RMS | paper | cov 1σ | cov 2σ | cov 3σ | mean σ | WS4 RMS |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<String, String> paper = Map.of("train", "186", "all2016", "316", "all2020", "336");
    for (JsonNode m : validation.path("models")) {
      m.path("sets").fields().forEachRemaining(e -> {
        JsonNode s = e.getValue();
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %s | %.3f | %.3f | %.3f | %.0f | %.0f |%n",
            m.path("id").asText(), e.getKey(), s.path("count").asInt(), s.path("rms_keV").asDouble(),
            paper.getOrDefault(e.getKey(), "-"), s.path("coverage_1sigma").asDouble(),
            s.path("coverage_2sigma").asDouble(), s.path("coverage_3sigma").asDouble(),
            s.path("mean_sigma_keV").asDouble(), s.path("ws4_rms_keV").asDouble()));
      });
    }
  }

  private static void gkTable(StringBuilder md, JsonNode validation) {
    md.append("\n## Garvey-Kelson rms over the data set (keV)\n\n| model | model | data | WS4 |\n"
        + "|---|---:|---:|---:|\n");
    for (JsonNode m : validation.path("models")) {
      JsonNode g = m.path("garvey_kelson_S");
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", m.path("id").asText(),
          g.path("model_rms_keV").asDouble(), g.path("data_rms_keV").asDouble(), g.path("ws4_rms_keV").asDouble()));
    }
  }

  private static List<MassPlots.Bars> shapleyBars(StringBuilder md, JsonNode validation) {
    List<MassPlots.Bars> bars = new ArrayList<>();
    boolean header = false;
    for (JsonNode m : validation.path("models")) {
      JsonNode s = m.path("shapley");
      if (s.isMissingNode()) {
        continue;
      }
      if (!header) {
        md.append("\n## Feature importance (exact Shapley values, spec 4.7)\n\nMean |φ_j| in keV; features by "
            + "decreasing importance for the mean. [S004] Fig. 3: Z, N, A highest, then P_asym, then the valence "
            + "counts, then pairing.\n\n");
        header = true;
      }
      String id = m.path("id").asText();
      md.append(String.format(Locale.ROOT, "- %s (%d nuclei of %s, background %d training nuclei): ", id,
          s.path("count").asInt(), s.path("set").asText(), s.path("background").asInt()));
      List<String> ranking = new ArrayList<>();
      s.path("ranking_mean").forEach(r -> ranking.add(r.asText()));
      for (int i = 0; i < ranking.size(); i++) {
        md.append(i == 0 ? "" : ", ").append(ranking.get(i)).append(String.format(Locale.ROOT, " %.0f",
            s.path("mean_abs_keV").path(ranking.get(i)).path("mean").asDouble()));
      }
      md.append('\n');
      for (String output : List.of("mean", "sigma")) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        s.path("mean_abs_keV").fields().forEachRemaining(e -> {
          labels.add(e.getKey());
          values.add(e.getValue().path(output).asDouble());
        });
        bars.add(new MassPlots.Bars(id + ": " + output, labels,
            values.stream().mapToDouble(Double::doubleValue).toArray()));
      }
    }
    return bars;
  }

  private static MassPlots.BandPanel chainPanel(String id, TrainedMdnModel model, MassDataset d, Ws4Table ws4, int z) {
    Map<Nuclide, Double> ame2016 = excess(d.rows(MassDataset.ALL), z);
    Map<Nuclide, Double> ame2020 = d.sets().contains("all2020") ? excess(d.rows("all2020"), z) : Map.of();
    Map<Nuclide, Double> train = excess(d.rows(MassDataset.TRAIN), z);
    List<Ws4Entry> chain = ws4.entries().stream().filter(e -> e.nuclide().z() == z).toList();
    List<Integer> measured = new ArrayList<>();
    ame2016.keySet().forEach(n -> measured.add(n.n()));
    ame2020.keySet().forEach(n -> measured.add(n.n()));
    int lo = measured.stream().mapToInt(Integer::intValue).min().orElse(Integer.MIN_VALUE + MARGIN_BELOW)
        - MARGIN_BELOW;
    int hi = measured.stream().mapToInt(Integer::intValue).max().orElse(Integer.MAX_VALUE - MARGIN_ABOVE)
        + MARGIN_ABOVE;
    List<Ws4Entry> shown = chain.stream().filter(e -> e.nuclide().n() >= lo && e.nuclide().n() <= hi).toList();
    double[] x = new double[shown.size()];
    double[] mean = new double[shown.size()];
    double[] sigma = new double[shown.size()];
    Map<Nuclide, Double> ws4Excess = new LinkedHashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      Ws4Entry e = shown.get(i);
      TrainedMdnModel.Prediction p = model.predict(z, e.nuclide().n());
      x[i] = e.nuclide().n();
      mean[i] = p.excessMeV() - e.theoreticalMassExcessMeV();
      sigma[i] = p.sigmaMeV();
    }
    chain.forEach(e -> ws4Excess.put(e.nuclide(), e.theoreticalMassExcessMeV()));
    List<MassPlots.Series> points = List.of(relative("AME2016", ame2016, ws4Excess),
        relative("AME2020", ame2020, ws4Excess), relative("training", train, ws4Excess));
    return new MassPlots.BandPanel(id + ", Z = " + z, "N", "Δ − Δ(WS4) (MeV)", x, mean, sigma, points);
  }

  /** Data points minus WS4 (nuclei outside the WS4 table are left out). */
  private static MassPlots.Series relative(String name, Map<Nuclide, Double> data, Map<Nuclide, Double> ws4Excess) {
    List<double[]> xy = new ArrayList<>();
    data.forEach((n, y) -> {
      if (ws4Excess.containsKey(n)) {
        xy.add(new double[] {n.n(), y - ws4Excess.get(n)});
      }
    });
    return new MassPlots.Series(name, xy.stream().mapToDouble(p -> p[0]).toArray(),
        xy.stream().mapToDouble(p -> p[1]).toArray(), true);
  }

  private static Map<Nuclide, Double> excess(List<NucleusRow> rows, int z) {
    Map<Nuclide, Double> m = new LinkedHashMap<>();
    rows.stream().filter(r -> r.nuclide().z() == z).sorted((a, b) -> a.nuclide().compareTo(b.nuclide()))
        .forEach(r -> m.put(r.nuclide(), r.targetMeV()));
    return m;
  }
}

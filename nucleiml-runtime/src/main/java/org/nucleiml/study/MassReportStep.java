package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.massmodel.Sensitivity;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.MassMetrics;
import org.nucleiml.masses.MassSurface;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.study.config.MassModelEntry;
import org.nucleiml.validation.report.HtmlReport;
import org.nucleiml.validation.report.MassPlots;
import org.nucleiml.validation.report.PlotFile;

/**
 * The report of a mass-model study (nml:report-masses): [S003] Table III beside ours and WS4 on the same
 * nuclei (from mass-validation.json), the input sensitivities of every model (spec 2.4), residual maps on
 * the (N, Z) chart, S_n and S_p along chains against the data, and B − B_WS4 along the Z = 28, 50, 82,
 * 92 chains (the paper's Fig. 8 analogue), as report.md, report.html and PNGs. Everything is computed
 * from the files, so the same files give the same bytes.
 */
public final class MassReportStep {

  /** The chains of the S_n/S_p figure: Z for S_n (isotopes), N for S_p (isotones). */
  static final List<Integer> SEPARATION_ISOTOPES = List.of(50, 82);
  static final List<Integer> SEPARATION_ISOTONES = List.of(50, 82);

  private final List<MassModelEntry> models;
  private final Path modelDirectory;
  private final Path validationDirectory;
  private final Path html;
  private final Consumer<String> log;

  /**
   * @param models the models, as trained and validated
   * @param modelDirectory nml:train-masses' output directory
   * @param validationDirectory nml:validate-masses' output directory
   * @param html the page to write (report.md and the PNGs go beside it)
   * @param log status lines
   */
  public MassReportStep(List<MassModelEntry> models, Path modelDirectory, Path validationDirectory, Path html,
      Consumer<String> log) {
    checkedHtml(html);
    this.models = List.copyOf(models);
    this.modelDirectory = modelDirectory;
    this.validationDirectory = validationDirectory;
    this.html = html;
    this.log = log;
  }

  /** The Markdown page beside the HTML one. */
  public Path markdown() {
    return markdownOf(html);
  }

  /** {@code html} if it names an .html file (every mass-model page), else the error naming {@code output}. */
  static Path checkedHtml(Path html) {
    if (html == null || html.getFileName() == null || !html.getFileName().toString().endsWith(".html")) {
      throw new InvalidParameterException("output", html, "an HTML file name ending in .html");
    }
    return html;
  }

  /** The Markdown page beside {@code html} (report.html: report.md). */
  static Path markdownOf(Path html) {
    String name = html.getFileName().toString();
    return html.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".md");
  }

  /** mass-validation.json of {@code validationDirectory}, or the error saying to run nml:validate-masses. */
  static JsonNode readValidation(Path validationDirectory) throws IOException {
    Path json = validationDirectory.resolve(MassValidateStep.JSON_FILE);
    if (!Files.isRegularFile(json)) {
      throw new InvalidParameterException("validationDirectory", validationDirectory,
          "a directory holding " + MassValidateStep.JSON_FILE + " (run nml:validate-masses first)");
    }
    return new ObjectMapper().readTree(json.toFile());
  }

  /** Writes the page and its plots. */
  public void run() throws IOException {
    JsonNode validation = readValidation(validationDirectory);
    ReleasedMassModel release = ReleasedMassModel.load(modelDirectory);
    Map<Path, MassDataset> datasets = MassDataset.readAll(models.stream().map(MassModelEntry::dataset).toList());
    Path dir = html.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    StringBuilder md = new StringBuilder("# Mass models: ours beside [S003] Table III and WS4\n\n");
    List<PlotFile> plots = new ArrayList<>();
    tableIII(md, validation);

    md.append("\n## Input sensitivities (spec 2.4)\n\nS_j^norm = mean over all nuclei of the data set of "
        + "|∂y/∂x_j| on scaled inputs, normalised to sum 1; y is the output the prediction uses (Method I: B; "
        + "II, III: B − B_LD).\n\n");
    List<MassPlots.Bars> bars = new ArrayList<>();
    for (MassModelEntry m : models) {
      MassDataset d = MassDataset.of(datasets, m.dataset());
      var network = release.models().get(release.modelIds().indexOf(m.id())).network();
      double[][] x = d.table().featureMatrix(m.featureSet().id(), d.rows(MassDataset.ALL));
      double[] s = Sensitivity.normalised(network, x, m.residual() ? 2 : 0);
      List<String> labels = network.featureNames().stream().map(f -> f.substring(f.indexOf(':') + 1)).toList();
      bars.add(new MassPlots.Bars(m.id(), labels, s));
      md.append("- ").append(m.id()).append(": ");
      for (int j = 0; j < s.length; j++) {
        md.append(j == 0 ? "" : ", ").append(labels.get(j)).append(String.format(Locale.ROOT, " %.3f", s[j]));
      }
      md.append('\n');
    }
    plots.add(MassPlots.bars(dir, "sensitivity.png", "Input sensitivities",
        "Normalised sensitivity S_j / sum S of each input ([S003] Eq. (2), Fig. 3 analogue), one panel per model.",
        bars, 3));

    List<MassPlots.ResidualMap> maps = new ArrayList<>();
    for (MassModelEntry m : models) {
      MassDataset d = MassDataset.of(datasets, m.dataset());
      List<NucleusRow> rows = d.rows(MassDataset.ALL);
      int[] n = new int[rows.size()];
      int[] z = new int[rows.size()];
      double[] r = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        Nuclide nu = rows.get(i).nuclide();
        n[i] = nu.n();
        z[i] = nu.z();
        r[i] = release.bindingEnergyMeV(m.id(), nu.z(), nu.n()) - rows.get(i).targetMeV();
      }
      maps.add(new MassPlots.ResidualMap(m.id() + " on " + d.name() + " (train and test)", n, z, r));
    }
    plots.add(MassPlots.residualMaps(dir, "residuals.png", "Residuals on the nuclear chart",
        "B(model) − B(data) in MeV for every nucleus of the model's data set (train and test; Fig. 5 analogue).",
        maps, 3));

    md.append("\n## Separation energies\n\nS_n along Z = 50, 82 and S_p along N = 50, 82: the data where both "
        + "nuclei are in the data set, WS4 and the models; RMS over the data set in mass-validation.md.\n");
    plots.add(separations(dir, release, datasets));

    md.append("\n## Extrapolation along Z = 28, 50, 82, 92\n\nB(model) − B(WS4) in keV beyond the paper's last "
        + "trained N (45, 85, 133, 148):\n\n");
    extrapolationTable(md, validation);
    plots.add(extrapolations(dir, release));

    writePage(md, plots, html, markdown(), log);
  }

  /**
   * Appends the plots section (title, image, caption of each plot) and writes the page as Markdown and
   * HTML: the end of every mass-model report, whichever model type it shows.
   */
  static void writePage(StringBuilder md, List<PlotFile> plots, Path html, Path markdown, Consumer<String> log)
      throws IOException {
    md.append("\n## Plots\n\n");
    for (PlotFile p : plots) {
      md.append("### ").append(p.title()).append("\n\n![").append(p.title()).append("](").append(p.file())
          .append(")\n\n").append(p.caption()).append("\n\n");
    }
    AtomicFiles.writeString(markdown, md.toString());
    AtomicFiles.writeString(html, html(md.toString()));
    log.accept("nml:report-masses wrote " + html + " and " + markdown.getFileName() + " (" + plots.size() + " plots)");
  }

  private static void tableIII(StringBuilder md, JsonNode validation) {
    md.append("RMS / MAE in keV. Paper: Huang et al. Table III. WS4 on the same nuclei. \"reproduced\": test RMS "
        + "within the paper + 20%; \"beaten\": below the paper.\n\n");
    md.append("| model | train ours | train paper | test ours | test paper | all ours | all paper | WS4 test | test vs paper |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (JsonNode m : validation.path("models")) {
      JsonNode sets = m.path("sets");
      md.append("| ").append(m.path("id").asText());
      for (String s : List.of("train", "test", "all")) {
        md.append(" | ").append(pair(sets.path(s))).append(" | ").append(pair(sets.path(s).path("paper")));
      }
      md.append(" | ").append(num(sets.path("test").path("ws4").path("rms_keV")));
      JsonNode paper = sets.path("test").path("paper").path("rms_keV");
      double ours = sets.path("test").path("rms_keV").asDouble(Double.NaN);
      String verdict = paper.isMissingNode() ? "-" : ours < paper.asDouble() ? "beaten"
          : ours <= 1.2 * paper.asDouble() ? "reproduced" : String.format(Locale.ROOT, "%+.0f%%",
              100 * (ours / paper.asDouble() - 1));
      md.append(" | ").append(verdict).append(" |\n");
    }
  }

  private static String pair(JsonNode e) {
    return e.isMissingNode() ? "-" : num(e.path("rms_keV")) + " / " + num(e.path("mae_keV"));
  }

  private static String num(JsonNode v) {
    return v.isMissingNode() || !v.isNumber() ? "-" : String.format(Locale.ROOT, "%.0f", v.asDouble());
  }

  private static void extrapolationTable(StringBuilder md, JsonNode validation) {
    List<String> points = new ArrayList<>();
    validation.path("models").path(0).path("extrapolation_minus_ws4_keV").fieldNames().forEachRemaining(points::add);
    md.append("| model |");
    points.forEach(p -> md.append(' ').append(p).append(" |"));
    md.append("\n|---|").append("---:|".repeat(points.size())).append('\n');
    for (JsonNode m : validation.path("models")) {
      md.append("| ").append(m.path("id").asText()).append(" |");
      points.forEach(p -> md.append(' ').append(num(m.path("extrapolation_minus_ws4_keV").path(p))).append(" |"));
      md.append('\n');
    }
  }

  private PlotFile separations(Path dir, ReleasedMassModel release, Map<Path, MassDataset> datasets)
      throws IOException {
    // the data: every data set's nuclei (AME2020 values of Case A; Case B's test rows are AME2020 too)
    Map<Nuclide, NucleusRow> measured = new LinkedHashMap<>();
    for (MassDataset d : datasets.values()) {
      d.rows(MassDataset.ALL).forEach(r -> measured.putIfAbsent(r.nuclide(), r));
    }
    MassSurface data = MassValidateStep.surface(List.copyOf(measured.values()));
    MassSurface ws4 = release::ws4BindingEnergyMeV;
    List<MassPlots.Panel> panels = new ArrayList<>();
    for (boolean neutron : new boolean[] {true, false}) {
      for (int fixed : neutron ? SEPARATION_ISOTOPES : SEPARATION_ISOTONES) {
        List<Integer> free = new ArrayList<>();
        for (Nuclide nu : measured.keySet()) {
          if ((neutron ? nu.z() : nu.n()) == fixed) {
            free.add(neutron ? nu.n() : nu.z());
          }
        }
        free.sort(Integer::compare);
        List<MassPlots.Series> series = new ArrayList<>();
        series.add(separation("data", free, fixed, neutron, data, true));
        series.add(separation("WS4", free, fixed, neutron, ws4, false));
        for (String id : release.modelIds()) {
          series.add(separation(id, free, fixed, neutron, release.surface(id), false));
        }
        panels.add(new MassPlots.Panel((neutron ? "S_n, Z = " : "S_p, N = ") + fixed, neutron ? "N" : "Z",
            (neutron ? "S_n" : "S_p") + " (MeV)", series, Double.NaN));
      }
    }
    return MassPlots.lines(dir, "separation-energies.png", "Separation energies along chains",
        "S_n = B(Z, N) − B(Z, N−1) along the Z = 50 and 82 isotopes and S_p = B(Z, N) − B(Z−1, N) along the "
            + "N = 50 and 82 isotones (Fig. 7 analogue): data (points, where both nuclei are measured), WS4 and "
            + "each model.", panels, 2);
  }

  private static MassPlots.Series separation(String name, List<Integer> free, int fixed, boolean neutron,
      MassSurface s, boolean points) {
    List<double[]> xy = new ArrayList<>();
    for (int f : free) {
      int z = neutron ? fixed : f;
      int n = neutron ? f : fixed;
      OptionalDouble v = neutron ? MassMetrics.neutronSeparation(s, z, n) : MassMetrics.protonSeparation(s, z, n);
      if (v.isPresent()) {
        xy.add(new double[] {f, v.getAsDouble()});
      }
    }
    return new MassPlots.Series(name, xy.stream().mapToDouble(p -> p[0]).toArray(),
        xy.stream().mapToDouble(p -> p[1]).toArray(), points);
  }

  private static PlotFile extrapolations(Path dir, ReleasedMassModel release) throws IOException {
    List<MassPlots.Panel> panels = new ArrayList<>();
    for (Map.Entry<Integer, Integer> chain : ChainExtrapolation.CHAINS.entrySet()) {
      int z = chain.getKey();
      List<Integer> ns = release.tableNuclei().stream().filter(nu -> nu.z() == z).map(Nuclide::n).toList();
      List<MassPlots.Series> series = new ArrayList<>();
      for (String id : release.modelIds()) {
        double[] x = new double[ns.size()];
        double[] y = new double[ns.size()];
        for (int i = 0; i < ns.size(); i++) {
          x[i] = ns.get(i);
          y[i] = release.bindingEnergyMeV(id, z, ns.get(i)) - release.ws4BindingEnergyMeV(z, ns.get(i)).getAsDouble();
        }
        series.add(new MassPlots.Series(id, x, y, false));
      }
      panels.add(new MassPlots.Panel("Z = " + z, "N", "B(model) − B(WS4) (MeV)", series, chain.getValue()));
    }
    return MassPlots.lines(dir, "extrapolation.png", "Extrapolation along Z = 28, 50, 82, 92",
        "B(model) − B(WS4) along each chain over the whole WS4 table (Fig. 8 analogue); the dotted line is the "
            + "paper's last trained N (45, 85, 133, 148).", panels, 2);
  }

  /** The Markdown page as HTML: headings, tables, list items, images and paragraphs. */
  static String html(String md) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Mass models</title>\n<style>body{font-family:sans-serif;max-width:1200px;margin:auto}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
        + "td:first-child{text-align:left}img{max-width:100%}</style>\n</head>\n<body>\n");
    boolean table = false;
    boolean list = false;
    for (String line : md.split("\n")) {
      if (table && !line.startsWith("|")) {
        h.append("</table>\n");
        table = false;
      }
      if (list && !line.startsWith("- ")) {
        h.append("</ul>\n");
        list = false;
      }
      if (line.startsWith("|---")) {
        continue;
      }
      if (line.startsWith("|")) {
        String tag = table ? "td" : "th";
        if (!table) {
          h.append("<table>\n");
          table = true;
        }
        h.append("<tr>");
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          h.append('<').append(tag).append('>').append(HtmlReport.escape(cell.trim())).append("</").append(tag).append('>');
        }
        h.append("</tr>\n");
      } else if (line.startsWith("- ")) {
        if (!list) {
          h.append("<ul>\n");
          list = true;
        }
        h.append("<li>").append(HtmlReport.escape(line.substring(2))).append("</li>\n");
      } else if (line.startsWith("#")) {
        int level = line.indexOf(' ');
        h.append("<h").append(level).append('>').append(HtmlReport.escape(line.substring(level + 1))).append("</h")
            .append(level).append(">\n");
      } else if (line.startsWith("![")) {
        String file = line.substring(line.indexOf("](") + 2, line.length() - 1);
        String alt = line.substring(2, line.indexOf("]("));
        h.append("<img src=\"").append(HtmlReport.escape(file)).append("\" alt=\"").append(HtmlReport.escape(alt))
            .append("\">\n");
      } else if (!line.isBlank()) {
        h.append("<p>").append(HtmlReport.escape(line)).append("</p>\n");
      }
    }
    if (table) {
      h.append("</table>\n");
    }
    if (list) {
      h.append("</ul>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }
}

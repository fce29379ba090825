package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.nucleiml.emulator.network.dten.DtenEnsemble;
import org.nucleiml.emulator.network.dten.DtenMember;
import org.nucleiml.emulator.network.dten.DtenPlan;
import org.nucleiml.emulator.network.dten.InverseVarianceWeights;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.config.DtenModelEntry;
import org.nucleiml.validation.report.MassPlots;
import org.nucleiml.validation.report.PlotFile;

/**
 * nml:report-masses for [S002] density-to-energy network ensembles (the spec's sections 5.5, 5.8 and
 * 5.11): per model and set the ensemble beside its median member, the ensemble gain and the chart's own
 * binding energies against AME2020 (from mass-validation.json), the paper's numbers beside ours, the
 * density gain (a density model's validation RMS over the shell-only model's with the same target),
 * residuals of the main (first) model on the chart and against A, the ensemble of the first k members
 * against each member (k = 1..M, weights renormalised over the first k) and the neutron-skin compression
 * scan ({@link NeutronSkinScan}) of the chosen nuclei for every model with density inputs and target exp,
 * also written as skin-scan.csv. Everything is computed from the files, so the same files give the same
 * bytes on any thread count.
 */
public final class DtenReportStep {

  /** The default nuclei of the compression analysis: 208Pb ([S002] Fig. 4). */
  public static final List<Nucleus> DEFAULT_SKIN_NUCLEI = List.of(new Nucleus(82, 126));
  /** The scan's CSV, beside the page. */
  public static final String SKIN_FILE = "skin-scan.csv";
  /** The CSV header. */
  static final String SKIN_HEADER = "model,nucleus,Z,N,mode,k_n,R_n_fm,skin_fm,B_MeV";

  private final List<DtenModelEntry> models;
  private final Path modelDirectory;
  private final Path validationDirectory;
  private final Path html;
  private final List<Nucleus> skinNuclei;
  private final int threads;
  private final Consumer<String> log;

  /**
   * @param models the models, as trained and validated; the first is the main one (residual plots)
   * @param modelDirectory nml:train-masses' output directory
   * @param validationDirectory nml:validate-masses' output directory
   * @param html the page to write (report.md, the PNGs and skin-scan.csv go beside it)
   * @param skinNuclei the nuclei of the compression analysis (may be empty: no scan)
   * @param threads worker threads of the predictions (never changes an output)
   * @param log status lines
   */
  public DtenReportStep(List<DtenModelEntry> models, Path modelDirectory, Path validationDirectory, Path html,
      List<Nucleus> skinNuclei, int threads, Consumer<String> log) {
    MassReportStep.checkedHtml(html);
    this.models = List.copyOf(models);
    this.modelDirectory = modelDirectory;
    this.validationDirectory = validationDirectory;
    this.html = html;
    this.skinNuclei = List.copyOf(skinNuclei);
    this.threads = threads;
    this.log = log;
  }

  /** The Markdown page beside the HTML one. */
  public Path markdown() {
    return MassReportStep.markdownOf(html);
  }

  /** The skin scan's CSV beside the page. */
  public Path skinCsv() {
    return html.resolveSibling(SKIN_FILE);
  }

  /** Writes the page, its plots and the skin scan. */
  public void run() throws IOException {
    JsonNode validation = MassReportStep.readValidation(validationDirectory);
    DtenTrainStep.Inputs in = DtenTrainStep.load(models);
    Map<String, DtenEnsemble> ensembles = DtenTrainStep.read(modelDirectory, models, threads);
    String rmf = in.chart().couplingSet();
    Path dir = html.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    StringBuilder md = new StringBuilder("# Density-to-energy networks ([S002]): ours beside the paper and " + rmf
        + "\n\n");
    List<PlotFile> plots = new ArrayList<>();
    setTable(md, validation, rmf);
    densityGain(md, validation);

    List<MassPlots.Panel> scaling = new ArrayList<>();
    md.append("\n## Ensemble size\n\nValidation RMS (MeV) of member k alone and of the ensemble of members 1..k "
        + "(inverse-variance weights renormalised over the first k, member order; k = M is the model's ensemble); "
        + "last column: that ensemble over all nuclei.\n\n| model | k | member k | ensemble 1..k | ensemble 1..k, all |\n"
        + "|---|---:|---:|---:|---:|\n");
    double[] mainPrediction = null;
    DtenChartData mainData = null;
    for (DtenModelEntry m : models) {
      DtenEnsemble e = ensembles.get(m.id());
      DtenPlan plan = DtenValidateStep.checked(m, e, m.plan(in.chart().points(), threads));
      DtenChartData data = DtenChartData.of(m, in.chart(), in.ame(), plan.architecture());
      EnsembleGrowth growth = EnsembleGrowth.of(e, data, threads);
      for (int k = 1; k <= growth.members(); k++) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", m.id(), k,
            growth.memberValidationRmsMeV()[k - 1], growth.validationRmsMeV()[k - 1], growth.allRmsMeV()[k - 1]));
      }
      double[] ks = new double[growth.members()];
      Arrays.setAll(ks, i -> i + 1);
      scaling.add(new MassPlots.Panel(m.id(), "members k", "validation RMS (MeV)",
          List.of(new MassPlots.Series("ensemble of members 1..k", ks, growth.validationRmsMeV(), false),
              new MassPlots.Series("member k", ks, growth.memberValidationRmsMeV(), true)), Double.NaN));
      if (mainPrediction == null) {
        mainPrediction = growth.prediction();
        mainData = data;
      }
    }
    plots.add(MassPlots.lines(dir, "ensemble-size.png", "Ensemble size",
        "Validation RMS of the ensemble of the first k members (line) and of member k alone (points), one panel per "
            + "model ([S002] Fig. 3(b) analogue: M = 32 about as good as 64 there).", scaling, 3));
    residuals(md, plots, dir, models.get(0), mainPrediction, mainData, rmf);
    skin(md, plots, dir, in, ensembles, rmf);
    MassReportStep.writePage(md, plots, html, markdown(), log);
  }

  private static void setTable(StringBuilder md, JsonNode validation, String rmf) {
    md.append("Binding-energy errors in MeV against each model's target (exp: AME2020; rmf: the chart's own " + rmf
        + " energies), from mass-validation.json. Gain = ensemble RMS / median member RMS. The paper does not say "
        + "on which set its numbers are (presumably all nuclei, training fit included), so they stand on every "
        + "set row of the last line.\n\n"
        + "| model | target | inputs | M | set | n | ensemble RMS | MAE | median member RMS | gain | " + rmf
        + " vs AME2020 |\n|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode m : validation.path("models")) {
      m.path("sets").fields().forEachRemaining(e -> {
        JsonNode s = e.getValue();
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
            m.path("id").asText(), m.path("target").asText(), m.path("inputs").asText(), m.path("members").asInt(),
            e.getKey(), s.path("count").asInt(), s.path("rms_keV").asDouble() / 1000,
            s.path("mae_keV").asDouble() / 1000, s.path("median_member_rms_keV").asDouble() / 1000,
            s.path("ensemble_gain").asDouble(), s.path("reference_rms_keV").asDouble() / 1000));
      });
    }
    md.append("| [S002] ρ_KSN → E_exp, α = 1 | exp | densities | 64 | not stated | ≈2400 | 0.455 (≈0.5) | - | 1.6 "
        + "| ≈0.3 | ≈10 (SkM*) |\n");
  }

  /** densityGain (spec 5.11): each density model's validation RMS over the shell-only model's with the same target. */
  private static void densityGain(StringBuilder md, JsonNode validation) {
    List<String> lines = new ArrayList<>();
    for (JsonNode m : validation.path("models")) {
      if (!m.path("inputs").asText().equals(DtenModelEntry.Inputs.DENSITIES.id())) {
        continue;
      }
      for (JsonNode x : validation.path("models")) {
        if (x.path("inputs").asText().equals(DtenModelEntry.Inputs.SHELL_ONLY.id())
            && x.path("target").asText().equals(m.path("target").asText())) {
          double a = m.path("sets").path("validation").path("rms_keV").asDouble();
          double b = x.path("sets").path("validation").path("rms_keV").asDouble();
          lines.add(String.format(Locale.ROOT, "- %s / %s: %.3f / %.3f MeV = %.3f", m.path("id").asText(),
              x.path("id").asText(), a / 1000, b / 1000, a / b));
        }
      }
    }
    md.append("\n## What the densities add\n\ndensityGain = validation RMS of a model with density inputs / validation "
        + "RMS of the shell-only model (X1 and X2 only) with the same target (spec 5.11, reported, no gate; below 1: the "
        + "profiles help). Not a number of the paper.\n\n");
    if (lines.isEmpty()) {
      md.append("No pair of a density model and a shell-only model with the same target.\n");
    } else {
      lines.forEach(l -> md.append(l).append('\n'));
    }
  }

  private static void residuals(StringBuilder md, List<PlotFile> plots, Path dir, DtenModelEntry main,
      double[] prediction, DtenChartData data, String rmf) throws IOException {
    int n = data.nuclei().size();
    int[] zs = new int[n];
    int[] ns = new int[n];
    double[] model = new double[n];
    double[] reference = new double[n];
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      Nucleus nu = data.nuclei().get(i);
      zs[i] = nu.z();
      ns[i] = nu.n();
      a[i] = nu.a();
      model[i] = prediction[i] - data.ameMeV()[i];
      reference[i] = data.rmfMeV()[i] - data.ameMeV()[i];
    }
    md.append("\n## Residuals of ").append(main.id()).append("\n\nB(").append(main.id())
        .append(") − B(AME2020) of the main model (the first of the list) on its ").append(n)
        .append(" nuclei (training and validation), beside ").append(rmf).append("'s own; plots below.\n");
    plots.add(MassPlots.residualMaps(dir, "residuals.png", "Residuals on the nuclear chart",
        "B(model) − B(AME2020) in MeV of " + main.id() + " and of the chart's " + rmf + " energies, every nucleus "
            + "of the model (training and validation).",
        List.of(new MassPlots.ResidualMap(main.id(), ns, zs, model), new MassPlots.ResidualMap(rmf, ns, zs, reference)),
        2));
    plots.add(MassPlots.lines(dir, "residuals-a.png", "Residuals against A",
        "B(" + main.id() + ") − B(AME2020) in MeV against the mass number A, every nucleus of the model.",
        List.of(new MassPlots.Panel(main.id(), "A", "B(model) − B(AME2020) (MeV)",
            List.of(new MassPlots.Series(main.id(), a, model, true)), Double.NaN)), 1));
  }

  private void skin(StringBuilder md, List<PlotFile> plots, Path dir, DtenTrainStep.Inputs in,
      Map<String, DtenEnsemble> ensembles, String rmf) throws IOException {
    md.append("\n## Neutron-skin compression (spec 5.8)\n\nThe neutron profiles of the chart are compressed by k_n "
        + "(ρ_n → k³ρ_n(kr), τ_n → k⁵τ_n(kr), J_n → k⁴J_n(kr) on the input grid, natural cubic spline of the stored "
        + "profile, 0 beyond it), protons, X1 and X2 fixed, k_n = 0.950 ... 1.050 in steps of 0.001; skin = R_n/k_n − "
        + "R_p with the chart's point radii. Modes: all three compressed, or only ρ, τ or J (the skin axis is R_n/k_n − "
        + "R_p in every mode). Range: max − min of B within ±0.05 fm of the skin at the maximum. Paper ([S002] Fig. 4, "
        + "²⁰⁸Pb, their SkM*/KSN densities): skin at maximum binding ≈ 0.220 fm, B varies by < 0.1 MeV near it; τ "
        + "minor, ρ and J strong. \"edge\": the maximum is at the end of the scan (no interior maximum). Every point is "
        + "in " + SKIN_FILE + ".\n\n");
    StringBuilder csv = new StringBuilder(SKIN_HEADER).append('\n');
    StringBuilder table = new StringBuilder("| model | nucleus | mode | k_n at max | skin at max (fm) | " + rmf
        + " skin (fm) | B(max) − B(k=1) (MeV) | range ±0.05 fm (MeV) | max |\n|---|---|---|---:|---:|---:|---:|---:|---|\n");
    List<String> skipped = new ArrayList<>();
    List<MassPlots.Panel> panels = new ArrayList<>();
    for (DtenModelEntry m : models) {
      if (m.inputs() != DtenModelEntry.Inputs.DENSITIES || m.target() != DtenModelEntry.Target.EXP) {
        skipped.add(m.id() + ": skipped (inputs " + m.inputs().id() + ", target " + m.target().id()
            + "; the scan needs inputs densities and target exp)");
        continue;
      }
      for (Nucleus nu : skinNuclei) {
        int profile = profileIndex(in, nu);
        if (profile < 0) {
          skipped.add(m.id() + ", " + nu.name() + ": skipped (not a converged nucleus of the chart; chart.csv says "
              + "whether it was solved and why it did not converge)");
          continue;
        }
        NeutronSkinScan.Result r = NeutronSkinScan.scan(m.id(), ensembles.get(m.id()), in.chart(), profile, threads);
        List<MassPlots.Series> series = new ArrayList<>();
        for (NeutronSkinScan.Mode mode : NeutronSkinScan.Mode.values()) {
          NeutronSkinScan.Maximum x = r.maximum(mode);
          table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %s |%n", m.id(),
              nu.name(), mode.id(), x.kAtMaximum(), x.skinAtMaximumFm(), r.row().skinFm(),
              x.maximumMeV() - x.uncompressedMeV(), x.rangeWithinWindowMeV(), x.interior() ? "interior" : "edge"));
          List<NeutronSkinScan.Point> ps = r.points(mode);
          series.add(new MassPlots.Series(mode.id(), ps.stream().mapToDouble(NeutronSkinScan.Point::skinFm).toArray(),
              ps.stream().mapToDouble(p -> p.bindingEnergyMeV() - x.uncompressedMeV()).toArray(), false));
          for (NeutronSkinScan.Point p : ps) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%s,%.3f,%.6f,%.6f,%.6f%n", m.id(), nu.name(), nu.z(),
                nu.n(), mode.id(), p.k(), p.neutronRadiusFm(), p.skinFm(), p.bindingEnergyMeV()));
          }
        }
        panels.add(new MassPlots.Panel(m.id() + ", " + nu.name(), "skin R_n − R_p (fm)", "B(k_n) − B(1) (MeV)", series,
            r.row().skinFm(), rmf + " skin", "0.00"));
        log.accept(String.format(Locale.ROOT, "nml:report-masses %s %s: skin at maximum binding %.3f fm (%s %.3f fm)",
            m.id(), nu.name(), r.maximum(NeutronSkinScan.Mode.ALL).skinAtMaximumFm(), rmf, r.row().skinFm()));
      }
    }
    if (skinNuclei.isEmpty()) {
      md.append("No nuclei chosen (skinNuclei is empty).\n");
    } else if (panels.isEmpty()) {
      md.append("No scan: no model with density inputs and target exp has the chosen nuclei in its chart.\n");
    } else {
      md.append(table);
      md.append("| [S002] | 208Pb | all | - | ≈0.220 | - | - | < 0.1 | interior |\n");
    }
    if (!skipped.isEmpty()) {
      md.append('\n');
      skipped.forEach(s -> md.append("- ").append(s).append('\n'));
    }
    if (!panels.isEmpty()) {
      plots.add(MassPlots.lines(dir, "skin.png", "Neutron-skin compression",
          "The ensemble's B(k_n) − B(1) against the skin R_n/k_n − R_p when the neutron profiles are compressed (all "
              + "three, or ρ, τ, J alone); dotted: the chart's own skin ([S002] Fig. 4 analogue).", panels, 2));
    }
    AtomicFiles.writeString(skinCsv(), csv.toString());
  }

  /** The index of {@code nucleus} among the chart's converged rows (its profile), or −1. */
  private static int profileIndex(DtenTrainStep.Inputs in, Nucleus nucleus) {
    for (int i = 0; i < in.chart().converged().size(); i++) {
      if (in.chart().converged().get(i).nucleus().equals(nucleus)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The ensembles of the first k members of a DTEN ensemble, k = 1..M (the spec's question how RMS scales
   * with M): member order, inverse-variance weights of the first k renormalised.
   *
   * @param memberValidationRmsMeV member k's validation RMS against the target
   * @param validationRmsMeV the ensemble of members 1..k on the validation set
   * @param allRmsMeV the same on every nucleus of the model
   * @param prediction the full ensemble's binding energies (k = M), the model's rows
   */
  record EnsembleGrowth(double[] memberValidationRmsMeV, double[] validationRmsMeV, double[] allRmsMeV,
      double[] prediction) {

    int members() {
      return validationRmsMeV.length;
    }

    static EnsembleGrowth of(DtenEnsemble e, DtenChartData data, int threads) {
      int m = e.members().size();
      double[] targets = data.raw().targets();
      List<double[]> predictions = new ArrayList<>();
      for (DtenMember member : e.members()) {
        predictions.add(member.bindingEnergies(data.raw(), threads));
      }
      double[] sigmas = e.members().stream().mapToDouble(DtenMember::validationRmsMeV).toArray();
      double[] member = new double[m];
      double[] validation = new double[m];
      double[] all = new double[m];
      double[] b = null;
      int[] everyRow = data.set("all");
      for (int k = 1; k <= m; k++) {
        double[] w = InverseVarianceWeights.of(Arrays.copyOf(sigmas, k));
        b = new double[targets.length];
        for (int i = 0; i < k; i++) {
          double[] bi = predictions.get(i);
          for (int r = 0; r < b.length; r++) {
            b[r] += w[i] * bi[r];
          }
        }
        member[k - 1] = rmsMeV(predictions.get(k - 1), targets, data.validation());
        validation[k - 1] = rmsMeV(b, targets, data.validation());
        all[k - 1] = rmsMeV(b, targets, everyRow);
      }
      return new EnsembleGrowth(member, validation, all, b);
    }

    private static double rmsMeV(double[] predicted, double[] targets, int[] rows) {
      return DtenValidateStep.errors(predicted, targets, rows).rmsKeV() / 1000;
    }
  }
}

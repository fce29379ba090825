package org.nucleiml.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.dten.DtenEnsemble;
import org.nucleiml.emulator.network.dten.DtenMember;
import org.nucleiml.emulator.network.dten.DtenPlan;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.masses.MassErrors;
import org.nucleiml.study.config.DtenModelEntry;

/**
 * nml:validate-masses for [S002] density-to-energy networks (the spec's sections 5.5 and 5.11): per model
 * and set ({@code train}, {@code validation}, {@code all} of the model's split) the ensemble's RMS, MAE,
 * mean, max and p95 error against the model's target, each member's RMS, the members' median and the
 * ensemble gain (ensemble RMS over the median member RMS); the chart solver's own binding energies
 * against AME2020 on the same nuclei as the reference line ({@code rmf}); the gates of {@link MassGate}.
 * Every ensemble is checked against its entry (members, architecture, loss, schedule, seed), so a
 * model trained with other settings is not scored under this name.
 */
public final class DtenValidateStep {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String REFERENCE = "rmf";

  private final List<DtenModelEntry> models;
  private final Path modelDirectory;
  private final Path outputDirectory;
  private final List<MassGate> gates;
  private final int threads;
  private final Consumer<String> log;

  /**
   * @param models the models as trained
   * @param modelDirectory nml:train-masses' output
   * @param outputDirectory where mass-validation.json and .md go
   * @param gates the gates
   * @param threads worker threads of the predictions (never changes an output)
   * @param log status lines
   */
  public DtenValidateStep(List<DtenModelEntry> models, Path modelDirectory, Path outputDirectory, List<MassGate> gates,
      int threads, Consumer<String> log) {
    this.models = List.copyOf(models);
    this.modelDirectory = modelDirectory;
    this.outputDirectory = outputDirectory;
    this.gates = List.copyOf(gates);
    this.threads = threads;
    this.log = log;
  }

  /**
   * The metrics of one set of one model.
   *
   * @param set train, validation or all
   * @param ensemble the ensemble's errors against the model's target
   * @param membersRmsKeV each member's RMS against the target, member order
   * @param versusAme the ensemble's errors against AME2020 (equal to {@code ensemble} for target exp)
   * @param reference the chart solver's binding energies against AME2020 on the same nuclei
   */
  record SetMetrics(String set, MassErrors ensemble, double[] membersRmsKeV, MassErrors versusAme,
      MassErrors reference) {

    /** The median of the members' RMS (the mean of the two middle ones for an even count). */
    double medianMemberRmsKeV() {
      double[] s = membersRmsKeV.clone();
      Arrays.sort(s);
      int n = s.length;
      return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** Ensemble RMS over the median member RMS (below 1: the ensemble helps). */
    double ensembleGain() {
      return ensemble.rmsKeV() / medianMemberRmsKeV();
    }
  }

  /** Scores, writes the reports and returns the failed-gate exception (null when every gate passed). */
  public GateFailedException run() throws IOException {
    DtenTrainStep.Inputs in = DtenTrainStep.load(models);
    Map<String, DtenEnsemble> ensembles = DtenTrainStep.read(modelDirectory, models, threads);
    Map<String, List<SetMetrics>> results = new LinkedHashMap<>();
    for (DtenModelEntry m : models) {
      DtenEnsemble e = ensembles.get(m.id());
      DtenPlan plan = checked(m, e, m.plan(in.chart().points(), threads));
      DtenChartData data = DtenChartData.of(m, in.chart(), in.ame(), plan.architecture());
      double[] ensemble = e.bindingEnergies(data.raw(), threads);
      List<double[]> members = new ArrayList<>();
      for (DtenMember member : e.members()) {
        members.add(member.bindingEnergies(data.raw(), threads));
      }
      List<SetMetrics> sets = new ArrayList<>();
      for (String set : DtenChartData.SETS) {
        int[] rows = data.set(set);
        double[] memberRms = new double[members.size()];
        for (int i = 0; i < memberRms.length; i++) {
          memberRms[i] = errors(members.get(i), data.raw().targets(), rows).rmsKeV();
        }
        sets.add(new SetMetrics(set, errors(ensemble, data.raw().targets(), rows), memberRms,
            errors(ensemble, data.ameMeV(), rows), errors(data.rmfMeV(), data.ameMeV(), rows)));
      }
      results.put(m.id(), sets);
    }
    List<String> lines = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (MassGate g : gates) {
      double measured = measured(g, results);
      lines.add(g.describe(measured));
      if (!g.passes(measured)) {
        failed.add(g.describe(measured));
      }
    }
    AtomicFiles.writeString(outputDirectory.resolve(MassValidateStep.JSON_FILE), json(results, in, lines));
    AtomicFiles.writeString(outputDirectory.resolve(MassValidateStep.MARKDOWN_FILE), markdown(results, in, lines));
    results.forEach((id, list) -> list.forEach(s -> log.accept(String.format(Locale.ROOT,
        "%s@%s: n = %d, ensemble RMS %.3f MeV (median member %.3f MeV, gain %.3f), %s vs AME2020 %.3f MeV", id,
        s.set(), s.ensemble().count(), s.ensemble().rmsKeV() / 1000, s.medianMemberRmsKeV() / 1000, s.ensembleGain(),
        in.chart().couplingSet(), s.reference().rmsKeV() / 1000))));
    lines.forEach(log);
    log.accept("nml:validate-masses wrote " + outputDirectory.resolve(MassValidateStep.MARKDOWN_FILE));
    return failed.isEmpty() ? null : new GateFailedException("gates",
        failed.size() + " of " + gates.size() + " mass-model gates missed", failed);
  }

  /** The entry's plan, after checking the ensemble on disk was trained with it. */
  static DtenPlan checked(DtenModelEntry m, DtenEnsemble e, DtenPlan plan) {
    if (e.members().size() != m.members()) {
      throw new InvalidParameterException("models[" + m.id() + "].members", m.members(), "the ensemble size of "
          + DtenTrainStep.ensembleFile(m.id()) + " (" + e.members().size() + "): run nml:train-masses with the same models");
    }
    for (DtenMember member : e.members()) {
      if (!member.plan().equals(plan)) {
        throw new InvalidParameterException("models[" + m.id() + "]", m.describe(), "the settings "
            + DtenTrainStep.ensembleFile(m.id()) + " was trained with (" + member.plan() + "): run nml:train-masses "
            + "with the same models");
      }
    }
    return plan;
  }

  /** The errors predicted − reference over {@code rows}. */
  static MassErrors errors(double[] predicted, double[] reference, int[] rows) {
    double[] e = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      e[i] = predicted[rows[i]] - reference[rows[i]];
    }
    return MassErrors.ofMeV(e);
  }

  private double measured(MassGate g, Map<String, List<SetMetrics>> results) {
    boolean reference = g.subject().equals(REFERENCE);
    String model = reference ? results.keySet().iterator().next() : g.subject();
    if (!results.containsKey(model)) {
      throw new InvalidParameterException("gates", g.target(), "a gate on a validated model: " + results.keySet()
          + " or " + REFERENCE + " (the chart's own binding energies against AME2020)");
    }
    SetMetrics s = results.get(model).stream().filter(x -> x.set().equals(g.set())).findFirst()
        .orElseThrow(() -> new InvalidParameterException("gates", g.target(), "a set of a DTEN model: "
            + DtenChartData.SETS));
    MassErrors e = reference ? s.reference() : s.ensemble();
    return switch (g.metric()) {
      case "maxRmsKeV" -> e.rmsKeV();
      case "maxRmsMeV" -> e.rmsKeV() / 1000;
      case "maxMaeKeV" -> e.maeKeV();
      case "maxP95KeV" -> e.p95AbsKeV();
      case "maxEnsembleGain" -> {
        if (reference) {
          throw new InvalidParameterException("gates", g.target(), "maxEnsembleGain[<model>@<set>] on a DTEN model");
        }
        yield s.ensembleGain();
      }
      default -> throw new InvalidParameterException("gates", g.target(),
          "a metric of a DTEN model: maxRmsMeV, maxRmsKeV, maxMaeKeV, maxP95KeV or maxEnsembleGain");
    };
  }

  private String json(Map<String, List<SetMetrics>> results, DtenTrainStep.Inputs in, List<String> lines)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("reference", in.chart().couplingSet() + " binding energies of the chart against AME2020 on each set");
    ArrayNode list = root.putArray("models");
    for (DtenModelEntry m : models) {
      ObjectNode o = list.addObject();
      o.put("id", m.id());
      o.put("type", "dten");
      o.put("target", m.target().id());
      o.put("inputs", m.inputs().id());
      o.put("architecture", m.architecture());
      o.put("alpha", m.alpha());
      o.put("members", m.members());
      ObjectNode so = o.putObject("sets");
      for (SetMetrics s : results.get(m.id())) {
        ObjectNode x = so.putObject(s.set());
        x.put("count", s.ensemble().count());
        x.put("rms_keV", round(s.ensemble().rmsKeV()));
        x.put("mae_keV", round(s.ensemble().maeKeV()));
        x.put("mean_keV", round(s.ensemble().meanKeV()));
        x.put("max_abs_keV", round(s.ensemble().maxAbsKeV()));
        x.put("p95_abs_keV", round(s.ensemble().p95AbsKeV()));
        ArrayNode members = x.putArray("member_rms_keV");
        for (double r : s.membersRmsKeV()) {
          members.add(round(r));
        }
        x.put("median_member_rms_keV", round(s.medianMemberRmsKeV()));
        x.put("ensemble_gain", Math.round(s.ensembleGain() * 1000.0) / 1000.0);
        x.put("rms_vs_ame2020_keV", round(s.versusAme().rmsKeV()));
        x.put("reference_rms_keV", round(s.reference().rmsKeV()));
      }
    }
    ArrayNode g = root.putArray("gates");
    lines.forEach(g::add);
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  private String markdown(Map<String, List<SetMetrics>> results, DtenTrainStep.Inputs in, List<String> lines) {
    String rmf = in.chart().couplingSet();
    StringBuilder sb = new StringBuilder("# Density-to-energy networks ([S002]): ours beside the paper and "
        + rmf + "\n\n");
    sb.append("Errors of the binding energy in MeV against each model's target (exp: AME2020; rmf: the chart's own "
        + rmf + " energies). Paper: single network 1.6 MeV, ensemble of 64 about 0.5 MeV (455 keV), set not stated. "
        + "Reference: " + rmf + " against AME2020 on the same nuclei.\n\n");
    sb.append("| model | target | set | n | ensemble RMS | MAE | p95 | median member RMS | gain | vs AME2020 | ")
        .append(rmf).append(" vs AME2020 |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (DtenModelEntry m : models) {
      for (SetMetrics s : results.get(m.id())) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
            m.id(), m.target().id(), s.set(), s.ensemble().count(), s.ensemble().rmsKeV() / 1000,
            s.ensemble().maeKeV() / 1000, s.ensemble().p95AbsKeV() / 1000, s.medianMemberRmsKeV() / 1000,
            s.ensembleGain(), s.versusAme().rmsKeV() / 1000, s.reference().rmsKeV() / 1000));
      }
    }
    sb.append("\n## Members: validation RMS (MeV)\n\n| model | members |\n|---|---|\n");
    for (DtenModelEntry m : models) {
      SetMetrics v = results.get(m.id()).get(1);
      StringBuilder r = new StringBuilder();
      for (double x : v.membersRmsKeV()) {
        r.append(r.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", x / 1000));
      }
      sb.append("| ").append(m.id()).append(" | ").append(r).append(" |\n");
    }
    if (!lines.isEmpty()) {
      sb.append("\n## Gates\n\n");
      lines.forEach(l -> sb.append("- ").append(l).append('\n'));
    }
    return sb.toString();
  }

  private static double round(double keV) {
    return Double.isNaN(keV) ? keV : Math.round(keV * 10.0) / 10.0;
  }
}

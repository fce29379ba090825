package org.nucleiml.validation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nucleiml.validation.Format;
import org.nucleiml.validation.TrainingCurve;
import org.nucleiml.validation.UnseenNucleusR2;
import org.nucleiml.validation.ValidationInput;

/** The study-level sections: Table B2-like threshold accuracies, Table C1-like unseen nuclei, training. */
final class StudyTables {

  private StudyTables() {}

  static void add(List<ReportSection> sections, ValidationInput input, List<PlotFile> plots) {
    if (!input.thresholdAccuracies().isEmpty()) {
      List<List<String>> rows = input.thresholdAccuracies().stream()
          .map(t -> List.of(t.threshold(), Format.sig(t.accuracy(), 4))).toList();
      sections.add(new ReportSection(2, "Threshold sensitivity (Table B2)", List.of(), List.of(new Table(
          "Classifier accuracy with each admissibility threshold.", List.of("threshold", "accuracy"), rows)),
          List.of()));
    }
    if (!input.unseenNuclei().isEmpty()) {
      sections.add(new ReportSection(2, "Unseen nuclei (Table C1)", List.of(), List.of(unseen(input.unseenNuclei())),
          List.of()));
    }
    if (!input.trainingCurves().isEmpty()) {
      sections.add(new ReportSection(2, "Training", List.of(), List.of(training(input.trainingCurves())),
          ReportContent.matching(plots, "training-curves")));
    }
  }

  // Pivoted as in the paper: one row per nucleus, the training sets side by side in each cell.
  private static Table unseen(List<UnseenNucleusR2> entries) {
    Set<String> sets = new LinkedHashSet<>();
    Map<String, List<UnseenNucleusR2>> byNucleus = new LinkedHashMap<>();
    for (UnseenNucleusR2 u : entries) {
      sets.add(u.trainingSet());
      byNucleus.computeIfAbsent(u.nucleus(), k -> new ArrayList<>()).add(u);
    }
    List<List<String>> rows = new ArrayList<>();
    byNucleus.forEach((nucleus, list) -> rows.add(List.of(nucleus,
        cell(list, sets, true), cell(list, sets, false))));
    String order = String.join(" / ", sets);
    return new Table("R^2 of nuclei never trained on, per training set (" + order + ").",
        List.of("nucleus", "BE (" + order + ")", "Rch (" + order + ")"), rows);
  }

  private static String cell(List<UnseenNucleusR2> list, Set<String> sets, boolean bindingEnergy) {
    List<String> values = new ArrayList<>();
    for (String set : sets) {
      values.add(list.stream().filter(u -> u.trainingSet().equals(set)).findFirst()
          .map(u -> Format.sig(bindingEnergy ? u.bindingEnergyR2() : u.chargeRadiusR2(), 2)).orElse("-"));
    }
    return String.join(" / ", values);
  }

  private static Table training(List<TrainingCurve> curves) {
    List<List<String>> rows = new ArrayList<>();
    for (TrainingCurve c : curves) {
      double[] train = c.trainLoss();
      double[] validation = c.validationLoss();
      rows.add(List.of(c.model(), c.lossName(), Integer.toString(train.length), Integer.toString(c.bestEpoch()),
          Format.sig(validation[c.bestEpoch() - 1], 4), Format.sig(train[train.length - 1], 4),
          Format.sig(validation[validation.length - 1], 4)));
    }
    return new Table("Training summary per model.", List.of("model", "loss", "epochs", "best epoch",
        "best validation loss", "final train loss", "final validation loss"), rows);
  }
}

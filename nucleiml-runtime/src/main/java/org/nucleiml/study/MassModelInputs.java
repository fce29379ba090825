package org.nucleiml.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.massmodel.MassModelData;
import org.nucleiml.emulator.massmodel.TrainedMassModel;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.DeformationForm;
import org.nucleiml.masses.Deformations;
import org.nucleiml.masses.LiquidDrop;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Ws4Table;
import org.nucleiml.study.config.MassModelEntry;

/**
 * What a [S003] model learns and how its prediction is read: the feature matrix of its feature set,
 * the outputs of its method (I: [B]; II, III: [B_LD, B, B − B_LD], spec 3.4) and the predicted binding
 * energy (I: the output; II, III: B_LD(Z, N) + the third output).
 */
final class MassModelInputs {

  /** Stream of the validation-slice draw (a data set without validation rows, e.g. Case B). */
  private static final long VALIDATION_STREAM = 1;
  /** The validation slice's share of the training rows (spec 3.2). */
  private static final double VALIDATION_SHARE = 0.1;

  private MassModelInputs() {}

  /**
   * The training matrices: the data set's train and validation rows (test rows never enter). Without
   * validation rows, 10% of the train rows drawn with (seed, 1) become the validation slice.
   */
  static MassModelData data(MassModelEntry entry, MassDataset dataset) {
    List<NucleusRow> train = dataset.table().rows(MassDataset.TRAIN);
    List<NucleusRow> validation = dataset.table().rows(MassDataset.VALIDATION);
    if (train.isEmpty()) {
      throw new InvalidParameterException("models[" + entry.id() + "].dataset", entry.dataset(),
          "a data set with train rows");
    }
    List<NucleusRow> rows = new ArrayList<>(train);
    rows.addAll(validation);
    int[] trainRows;
    int[] validationRows;
    if (validation.isEmpty()) {
      int[] p = Seeds.permutation(train.size(), Seeds.random(entry.seed(), VALIDATION_STREAM));
      int slice = (int) Math.ceil(VALIDATION_SHARE * train.size());
      validationRows = Arrays.copyOfRange(p, 0, slice);
      trainRows = Arrays.copyOfRange(p, slice, p.length);
      Arrays.sort(validationRows);
      Arrays.sort(trainRows);
    } else {
      trainRows = range(0, train.size());
      validationRows = range(train.size(), rows.size());
    }
    double[][] targets = new double[rows.size()][];
    for (int i = 0; i < targets.length; i++) {
      NucleusRow r = rows.get(i);
      targets[i] = outputs(entry, r.nuclide().z(), r.nuclide().n(), r.targetMeV());
    }
    return new MassModelData(dataset.table().features(entry.featureSet().id()), outputNames(entry),
        dataset.table().featureMatrix(entry.featureSet().id(), rows), targets, trainRows, validationRows);
  }

  static List<String> outputNames(MassModelEntry entry) {
    return entry.residual() ? List.of("b_ld_MeV", "b_MeV", "residual_MeV") : List.of("b_MeV");
  }

  private static double[] outputs(MassModelEntry entry, int z, int n, double bindingMeV) {
    if (!entry.residual()) {
      return new double[] {bindingMeV};
    }
    double ld = liquidDrop(entry).bindingEnergyMeV(z, n);
    return new double[] {ld, bindingMeV, bindingMeV - ld};
  }

  /** The model's liquid drop (Methods II, III). */
  static LiquidDrop liquidDrop(MassModelEntry entry) {
    return entry.baseline().liquidDrop().orElseThrow();
  }

  /** The predicted binding energy, MeV, from the model's outputs for nucleus (Z, N). */
  static double bindingEnergyMeV(MassModelEntry entry, TrainedMassModel model, int z, int n, double[] features) {
    double[] out = model.predict(features);
    return entry.residual() ? liquidDrop(entry).bindingEnergyMeV(z, n) + out[2] : out[0];
  }

  /**
   * The deformation source that reproduces the data set's huang-III {@code def} column (the form is a
   * data-set option), so features computed for nuclei outside the data set match those trained on.
   */
  static Deformations deformations(MassDataset dataset, Ws4Table ws4) {
    for (DeformationForm form : DeformationForm.values()) {
      Deformations d = new Deformations(ws4, form);
      if (reproduces(dataset, ChartFeatures.HUANG_III, d)) {
        return d;
      }
    }
    throw new InvalidParameterException("nuclei.csv of data set " + dataset.name(), "its huang-III:def column",
        "values computed from the bundled WS4 deformations with one deformation form");
  }

  /** Whether {@link ChartFeatures#compute} gives exactly the data set's columns of {@code set} on every row. */
  static boolean reproduces(MassDataset dataset, ChartFeatures set, Deformations d) {
    List<String> columns = dataset.table().featureColumns();
    if (!columns.contains(set.id() + ":" + set.columns().get(0))) {
      return true;
    }
    List<NucleusRow> rows = dataset.table().rows();
    double[][] stored = dataset.table().featureMatrix(set.id(), rows);
    for (int i = 0; i < rows.size(); i++) {
      NucleusRow r = rows.get(i);
      if (!Arrays.equals(stored[i], set.compute(r.nuclide().z(), r.nuclide().n(), d))) {
        return false;
      }
    }
    return true;
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }
}

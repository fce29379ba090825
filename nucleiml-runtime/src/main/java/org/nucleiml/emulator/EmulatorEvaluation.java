package org.nucleiml.emulator;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.data.SampleTable;
import org.nucleiml.emulator.TrainingReport.ClassifierFigures;
import org.nucleiml.emulator.TrainingReport.RegressorFigures;
import org.nucleiml.emulator.network.TrainingResult;

/** Scores the assembled emulator, through its fast path, on test rows of the data set. */
final class EmulatorEvaluation {

  private EmulatorEvaluation() {}

  /** The emulator's predictions for table rows: {probability, BE, Rch, sigma BE, sigma Rch}. */
  static double[][] predict(Emulator emulator, SampleTable table, int[] rows) {
    int count = rows.length;
    double[] nmp = new double[7 * count];
    int[] z = new int[count];
    int[] n = new int[count];
    for (int i = 0; i < count; i++) {
      for (int k = 0; k < 7; k++) {
        nmp[7 * i + k] = table.nmp(rows[i], k);
      }
      z[i] = table.z(rows[i]);
      n[i] = table.n(rows[i]);
    }
    double[][] out = new double[5][count];
    emulator.predict(nmp, z, n, count, out[0], out[1], out[2], out[3], out[4], emulator.newWorkspace());
    return out;
  }

  static ClassifierFigures classifier(Emulator emulator, SampleTable table, int[] test, boolean prefilter,
      TrainingResult result) {
    double[] p = predict(emulator, table, test)[0];
    boolean[] truth = new boolean[test.length];
    boolean[] predicted = new boolean[test.length];
    for (int i = 0; i < test.length; i++) {
      truth[i] = table.admissible(test[i]);
      predicted[i] = p[i] >= 0.5;
    }
    return new ClassifierFigures(EmulatorFigures.accuracy(truth, predicted),
        EmulatorFigures.perClass(truth, predicted), test.length, prefilter, result.history().size(),
        result.bestEpoch());
  }

  static List<RegressorFigures> regressors(Emulator emulator, SampleTable table, int[] test,
      List<NeuralRegressionModel> models) {
    double[][] out = predict(emulator, table, test);
    int[] z = new int[test.length];
    int[] n = new int[test.length];
    double[][] truth = new double[2][test.length];
    for (int i = 0; i < test.length; i++) {
      z[i] = table.z(test[i]);
      n[i] = table.n(test[i]);
      truth[0][i] = table.bindingEnergy(test[i]);
      truth[1][i] = table.chargeRadius(test[i]);
    }
    List<RegressorFigures> figures = new ArrayList<>();
    for (NeuralRegressionModel model : models) {
      TrainingResult result = model.network().result();
      for (String target : model.targetScaler().targets()) {
        int slot = SampleDatasets.TARGETS.indexOf(target);
        figures.add(figures(target, truth[slot], out[1 + slot], z, n, result));
      }
    }
    return figures;
  }

  private static RegressorFigures figures(String target, double[] truth, double[] predicted, int[] z, int[] n,
      TrainingResult result) {
    return new RegressorFigures(target, EmulatorFigures.within(truth, predicted, 0.01),
        EmulatorFigures.within(truth, predicted, 0.005), EmulatorFigures.mape(truth, predicted),
        EmulatorFigures.r2(truth, predicted, null), EmulatorFigures.r2PerNucleus(truth, predicted, z, n),
        truth.length, result.history().size(), result.bestEpoch());
  }
}

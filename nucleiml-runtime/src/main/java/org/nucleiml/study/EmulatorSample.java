package org.nucleiml.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.nucleiml.data.SampleTable;
import org.nucleiml.emulator.Emulator;
import org.nucleiml.validation.ClassifierInput;
import org.nucleiml.validation.LabelledPredictions;
import org.nucleiml.validation.RegressionPoint;
import org.nucleiml.validation.SampleInput;

/**
 * The emulator's predictions on rows of a data set, paired with the solver's values: the glue between
 * a {@link SampleTable} and the validation package's inputs.
 *
 * @param emulator the emulator, with the coupling filter it was trained with
 * @param table the solver's results
 */
public record EmulatorSample(Emulator emulator, SampleTable table) {

  /** The two class labels of the validation reports. */
  public static final List<String> LABELS = List.of(ClassifierInput.ADMISSIBLE, "non_admissible");

  /** A sample scoring the classifier on {@code classifierRows} and the regressor on {@code regressorRows}. */
  public SampleInput input(String name, int[] classifierRows, int[] regressorRows) {
    return new SampleInput(name, classifierRows.length == 0 ? null : classifier(classifierRows),
        regression(regressorRows));
  }

  /** Two-class truth, the 0.5 decision and P(admissible) for the given rows. */
  public ClassifierInput classifier(int[] rows) {
    double[][] out = predict(rows, emulator);
    int[] truth = new int[rows.length];
    int[] predicted = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      truth[i] = table.admissible(rows[i]) ? 0 : 1;
      predicted[i] = out[0][i] >= 0.5 ? 0 : 1;
    }
    return new ClassifierInput(new LabelledPredictions(LABELS, truth, predicted), out[0], null);
  }

  /** One regression point per row; the rows must be admissible (the solver's values are the truth). */
  public List<RegressionPoint> regression(int[] rows) {
    // Without the exact filter: the regressor is scored on every row the solver solved, and the
    // filtered path returns no BE/Rch for points the inverse map rejects.
    double[][] out = predict(rows, emulator.withCouplingFilter(null));
    boolean sigma = emulator.hasUncertainty();
    List<RegressionPoint> points = new ArrayList<>(rows.length);
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      // a single network has no uncertainty: NaN, so no coverage is reported (rather than 0)
      points.add(new RegressionPoint(table.nucleus(r).name(), table.bindingEnergy(r), out[1][i],
          table.chargeRadius(r), out[2][i], sigma ? out[3][i] : Double.NaN, sigma ? out[4][i] : Double.NaN));
    }
    return points;
  }

  /** The table rows satisfying {@code filter}, ascending. */
  public int[] rows(IntPredicate filter) {
    return IntStream.range(0, table.size()).filter(filter).toArray();
  }

  /** Probability, BE, Rch and their sigmas of each row, through the emulator's allocation-free batch path. */
  private double[][] predict(int[] rows, Emulator e) {
    int count = rows.length;
    double[] nmp = new double[7 * count];
    int[] z = new int[count];
    int[] n = new int[count];
    for (int i = 0; i < count; i++) {
      System.arraycopy(table.nmp(rows[i]), 0, nmp, 7 * i, 7);
      z[i] = table.z(rows[i]);
      n[i] = table.n(rows[i]);
    }
    double[][] out = new double[5][count];
    e.predict(nmp, z, n, count, out[0], out[1], out[2], out[3], out[4], e.newWorkspace());
    return out;
  }
}

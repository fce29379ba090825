package org.nucleiml.emulator.massmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic "mass table" with a known answer: binding energies = a liquid drop with fixed
 * coefficients plus a smooth shell-like residual of a few MeV, on a band of (Z, N) around the valley
 * of stability. Features are the [S003]-style macroscopic terms plus a pairing flag.
 */
final class SyntheticMasses {

  static final List<String> FEATURES = List.of("Z", "A", "A^(2/3)", "Z^2 A^(-1/3)", "I^2 A", "|I|", "A^(-1/3)",
      "delta_np");
  static final List<String> OUTPUTS = List.of("B_LD", "B_exp", "B_exp-B_LD");

  final double[][] features;
  final double[][] targets;
  final double[] liquidDrop;
  final double[] residual;
  final int[] train;
  final int[] validation;
  final int[] test;

  SyntheticMasses(long seed) {
    List<double[]> rows = new ArrayList<>();
    for (int z = 20; z <= 70; z++) {
      for (int n = z; n <= (int) (1.45 * z) + 6; n++) {
        rows.add(new double[] {z, n});
      }
    }
    int count = rows.size();
    features = new double[count][];
    targets = new double[count][];
    liquidDrop = new double[count];
    residual = new double[count];
    for (int r = 0; r < count; r++) {
      double z = rows.get(r)[0];
      double n = rows.get(r)[1];
      double a = z + n;
      double i = (n - z) / a;
      double pairing = (z % 2 == 0 && n % 2 == 0) ? 1 : (z % 2 == 1 && n % 2 == 1) ? -1 : 0;
      double bld = 15.8 * a - 18.3 * Math.pow(a, 2.0 / 3) - 0.714 * z * z / Math.cbrt(a) - 23.2 * i * i * a;
      double res = 2.5 * Math.sin(z / 4.0) * Math.cos(n / 6.0) + 1.2 * Math.exp(-Math.pow((n - 50) / 6.0, 2))
          + 1.1 * pairing / Math.sqrt(a);
      features[r] = new double[] {z, a, Math.pow(a, 2.0 / 3), z * z / Math.cbrt(a), i * i * a, Math.abs(i),
          1 / Math.cbrt(a), pairing};
      liquidDrop[r] = bld;
      residual[r] = res;
      targets[r] = new double[] {bld, bld + res, res};
    }
    int[] order = new int[count];
    for (int r = 0; r < count; r++) {
      order[r] = r;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = count - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = order[k];
      order[k] = order[j];
      order[j] = t;
    }
    int testCount = (int) Math.ceil(0.2 * count);
    int validationCount = (count - testCount) / 10;
    test = java.util.Arrays.copyOfRange(order, 0, testCount);
    validation = java.util.Arrays.copyOfRange(order, testCount, testCount + validationCount);
    train = java.util.Arrays.copyOfRange(order, testCount + validationCount, count);
  }

  MassModelData data() {
    return new MassModelData(FEATURES, OUTPUTS, features, targets, train, validation);
  }

  /** RMS over {@code rows} of (liquid drop + predicted residual) - true binding energy. */
  double rmsOfResidualPath(TrainedMassModel model, int[] rows) {
    double sum = 0;
    for (int r : rows) {
      double predicted = liquidDrop[r] + model.predict(features[r])[2];
      double diff = predicted - targets[r][1];
      sum += diff * diff;
    }
    return Math.sqrt(sum / rows.length);
  }

  /** RMS of the residual itself over {@code rows} (the error of the liquid drop alone). */
  double rmsOfResidual(int[] rows) {
    double sum = 0;
    for (int r : rows) {
      sum += residual[r] * residual[r];
    }
    return Math.sqrt(sum / rows.length);
  }
}

package org.nucleiml.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Synthetic, seeded validation inputs shaped like the study's (nuclei, magnitudes, error sizes). */
public final class ValidationFixtures {

  /** The two-class labels in report order. */
  public static final List<String> BINARY = List.of("admissible", "non_admissible");

  /** The four-class labels in report order. */
  public static final List<String> FOUR = List.of("admissible", "no_couplings", "non_convergent",
      "outside_threshold");

  // Typical RMF values: name, BE (MeV), Rch (fm).
  private static final Object[][] NUCLEI = {{"208Pb", 1636.4, 5.50}, {"16O", 127.6, 2.70}, {"40Ca", 342.1, 3.48}};

  private ValidationFixtures() {}

  /**
   * {@code perNucleus} points for each of 16O, 40Ca and 208Pb (given out of order on purpose): true
   * values spread by 3 % (BE) and 2 % (Rch) around typical values, predictions off by Gaussian noise of
   * relative size {@code beNoise} and {@code rchNoise}.
   */
  public static List<RegressionPoint> regression(long seed, int perNucleus, double beNoise, double rchNoise) {
    SplittableRandom r = new SplittableRandom(seed);
    List<RegressionPoint> points = new ArrayList<>();
    for (int i = 0; i < perNucleus; i++) {
      for (Object[] n : NUCLEI) {
        double be = (double) n[1] * (1 + 0.03 * gaussian(r));
        double rch = (double) n[2] * (1 + 0.02 * gaussian(r));
        points.add(new RegressionPoint((String) n[0], be, be * (1 + beNoise * gaussian(r)), rch,
            rch * (1 + rchNoise * gaussian(r))));
      }
    }
    return points;
  }

  /** {@code n} two-class points with the given accuracy, probabilities consistent with the predictions. */
  public static ClassifierInput classifier(long seed, int n, double accuracy) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] truth = new int[n];
    int[] predicted = new int[n];
    double[] p = new double[n];
    int[] fourTruth = new int[n];
    int[] fourPredicted = new int[n];
    for (int i = 0; i < n; i++) {
      truth[i] = r.nextDouble() < 0.6 ? 0 : 1;
      predicted[i] = r.nextDouble() < accuracy ? truth[i] : 1 - truth[i];
      p[i] = predicted[i] == 0 ? 0.5 + 0.5 * r.nextDouble() : 0.5 * r.nextDouble();
      fourTruth[i] = truth[i] == 0 ? 0 : 1 + r.nextInt(3);
      fourPredicted[i] = r.nextDouble() < accuracy ? fourTruth[i] : r.nextInt(4);
    }
    return new ClassifierInput(new LabelledPredictions(BINARY, truth, predicted), p,
        new LabelledPredictions(FOUR, fourTruth, fourPredicted));
  }

  private static double gaussian(SplittableRandom r) {
    // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}

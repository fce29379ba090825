package org.nucleiml.inference;

/**
 * A backend's answer for one NMP point.
 *
 * @param admissibility the probability (or 0/1 flag) that the point is admissible: couplings exist,
 *     the solver converges and the observables are within the study's threshold of experiment
 * @param values the predicted observables in target order; NaN where the model has no answer
 * @param sigmas the model's own standard deviation of each value in target order (an emulator
 *     ensemble's spread), or null when the model gives none
 */
public record Prediction(double admissibility, double[] values, double[] sigmas) {

  /** A prediction without the model's uncertainty. */
  public Prediction(double admissibility, double[] values) {
    this(admissibility, values, null);
  }

  /** A point the model cannot evaluate at all (e.g. no couplings for the NMPs). */
  public static Prediction inadmissible(int targets) {
    double[] nan = new double[targets];
    java.util.Arrays.fill(nan, Double.NaN);
    return new Prediction(0.0, nan);
  }
}

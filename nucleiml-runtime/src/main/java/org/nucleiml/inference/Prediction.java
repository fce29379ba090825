package org.nucleiml.inference;

/**
 * A backend's answer for one NMP point.
 *
 * @param admissibility the probability (or 0/1 flag) that the point is admissible: couplings exist,
 *     the solver converges and the observables are within the study's threshold of experiment
 * @param values the predicted observables in target order; NaN where the model has no answer
 */
public record Prediction(double admissibility, double[] values) {

  /** A point the model cannot evaluate at all (e.g. no couplings for the NMPs). */
  public static Prediction inadmissible(int targets) {
    double[] nan = new double[targets];
    java.util.Arrays.fill(nan, Double.NaN);
    return new Prediction(0.0, nan);
  }
}

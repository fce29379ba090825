package org.nucleiml.emulator.network.dten;

import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * The weights of an inverse-variance ensemble ([S002] Eqs. (7)-(8)): w_i = sigma_i^-2 / sum_j sigma_j^-2,
 * sigma_i a member's RMS error (here on the validation set, the spec's choice). Summed in member order.
 */
public final class InverseVarianceWeights {

  private InverseVarianceWeights() {}

  /** The weights of members with errors {@code sigmas}, each finite and > 0. */
  public static double[] of(double[] sigmas) {
    if (sigmas.length == 0) {
      throw new InvalidParameterException("ensemble members", 0, "at least one member");
    }
    double[] w = new double[sigmas.length];
    double sum = 0;
    for (int i = 0; i < sigmas.length; i++) {
      double s = Checks.positive("member " + i + " validation RMS", sigmas[i]);
      w[i] = 1.0 / (s * s);
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }
}

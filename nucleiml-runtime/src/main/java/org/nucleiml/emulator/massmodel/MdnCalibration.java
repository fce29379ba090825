package org.nucleiml.emulator.massmodel;

import java.util.Map;
import org.nucleiml.masses.MassErrors;
import org.nucleiml.masses.Nuclide;

/**
 * How a [S004] model's means and widths compare with data on one set (the spec's section 2.4): the
 * errors of the mean, coverage_k = the fraction of nuclei with |y - mu| <= k sigma (k = 1, 2, 3; a
 * calibrated Gaussian gives 0.683, 0.954, 0.997), the mean sigma and the mean negative log-likelihood
 * of the data under N(mu, sigma^2) in MeV units.
 *
 * @param errors the errors of the mean (predicted − measured)
 * @param coverage1 fraction within 1 sigma
 * @param coverage2 fraction within 2 sigma
 * @param coverage3 fraction within 3 sigma
 * @param meanSigmaKeV the mean predicted sigma, keV
 * @param meanNll the mean NLL, MeV units (-log density per MeV)
 */
public record MdnCalibration(MassErrors errors, double coverage1, double coverage2, double coverage3,
    double meanSigmaKeV, double meanNll) {

  private static final double HALF_LOG_TWO_PI = 0.5 * StrictMath.log(2 * StrictMath.PI);

  /** The mean and standard deviation of the mass excess of (Z, N), MeV: a model or a mixture of models. */
  @FunctionalInterface
  public interface Predictor {
    /** The prediction for (Z, N). */
    TrainedMdnModel.Prediction predict(int z, int n);
  }

  /** The calibration of {@code model} on nuclei with measured mass excess {@code data} (MeV). */
  public static MdnCalibration of(TrainedMdnModel model, Map<Nuclide, Double> data) {
    return of((Predictor) model::predict, data);
  }

  /** The calibration of {@code model}'s predictions on nuclei with measured mass excess {@code data} (MeV). */
  public static MdnCalibration of(Predictor model, Map<Nuclide, Double> data) {
    int n = data.size();
    double[] errors = new double[n];
    int[] within = new int[4];
    double sigmas = 0;
    double nll = 0;
    int i = 0;
    for (Map.Entry<Nuclide, Double> e : data.entrySet()) {
      TrainedMdnModel.Prediction p = model.predict(e.getKey().z(), e.getKey().n());
      double d = p.excessMeV() - e.getValue();
      errors[i++] = d;
      for (int k = 1; k <= 3; k++) {
        within[k] += Math.abs(d) <= k * p.sigmaMeV() ? 1 : 0;
      }
      sigmas += p.sigmaMeV();
      double z = d / p.sigmaMeV();
      nll += HALF_LOG_TWO_PI + StrictMath.log(p.sigmaMeV()) + 0.5 * z * z;
    }
    return new MdnCalibration(MassErrors.ofMeV(errors), within[1] / (double) n, within[2] / (double) n,
        within[3] / (double) n, 1000 * sigmas / n, nll / n);
  }
}

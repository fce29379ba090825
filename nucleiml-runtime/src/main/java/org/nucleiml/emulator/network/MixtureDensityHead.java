package org.nucleiml.emulator.network;

import org.nucleiml.Checks;

/**
 * The output head of a mixture density network (Bishop 1994) with K Gaussian components, read from
 * the network's linear outputs laid out as {@code [a_1..a_K, mu_1..mu_K, s_1..s_K]}: mixture weights
 * pi = softmax(a), means mu_k, widths sigma_k = exp(s_k) with s clamped at {@link #MIN_LOG_SIGMA}
 * (the spec's section 4.4, [S004] Methods ¶7). For K = 1 the weight output is still present (it is
 * constant: softmax of one logit is 1 and gets no gradient), so the layout does not depend on K.
 *
 * <p>The negative log-likelihood is computed in log space (log-sum-exp) with {@link StrictMath}, so
 * it is finite for any finite outputs and identical on every platform.
 *
 * @param components K, >= 1
 */
public record MixtureDensityHead(int components) {

  /** The smallest log-width: sigma >= exp(-13.8) ~ 1e-6 (in the scaled target's units). */
  public static final double MIN_LOG_SIGMA = -13.8;
  private static final double HALF_LOG_TWO_PI = 0.5 * StrictMath.log(2 * StrictMath.PI);

  /** Validates K. */
  public MixtureDensityHead {
    Checks.positive("mdn_components", components);
  }

  /** Network outputs the head reads: 3K. */
  public int outputWidth() {
    return 3 * components;
  }

  /**
   * -log sum_k pi_k N(y | mu_k, sigma_k^2) of one row, writing its gradient with respect to the K
   * logits, means and log-widths into {@code g} (when not null): d/da_k = pi_k - gamma_k,
   * d/dmu_k = gamma_k (mu_k - y)/sigma_k^2, d/ds_k = gamma_k (1 - (y - mu_k)^2/sigma_k^2), gamma the
   * responsibilities; zero for a log-width held at the clamp.
   */
  public double negativeLogLikelihood(double[] out, int off, double y, double[] g, int gOff) {
    int k = components;
    double[] logTerms = new double[k];
    double maxLogit = maxLogit(out, off);
    double logNorm = logNorm(out, off, maxLogit);
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      double s = logSigma(out, off, c);
      double z = (y - out[off + k + c]) * StrictMath.exp(-s);
      logTerms[c] = (out[off + c] - logNorm) - HALF_LOG_TWO_PI - s - 0.5 * z * z;
      max = Math.max(max, logTerms[c]);
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      sum += StrictMath.exp(logTerms[c] - max);
    }
    double logLikelihood = max + StrictMath.log(sum);
    if (g != null) {
      for (int c = 0; c < k; c++) {
        double gamma = StrictMath.exp(logTerms[c] - logLikelihood);
        double pi = StrictMath.exp(out[off + c] - logNorm);
        double s = logSigma(out, off, c);
        double inverseVariance = StrictMath.exp(-2 * s);
        double diff = y - out[off + k + c];
        g[gOff + c] = pi - gamma;
        g[gOff + k + c] = gamma * -diff * inverseVariance;
        g[gOff + 2 * k + c] = clamped(out, off, c) ? 0.0 : gamma * (1 - diff * diff * inverseVariance);
      }
    }
    return -logLikelihood;
  }

  /** The mixture's mean m = sum_k pi_k mu_k. */
  public double mean(double[] out, int off) {
    double maxLogit = maxLogit(out, off);
    double logNorm = logNorm(out, off, maxLogit);
    double m = 0;
    for (int c = 0; c < components; c++) {
      m += StrictMath.exp(out[off + c] - logNorm) * out[off + components + c];
    }
    return m;
  }

  /** The mixture's standard deviation sqrt(sum_k pi_k (sigma_k^2 + mu_k^2) - m^2) (= sigma for K = 1). */
  public double sigma(double[] out, int off) {
    if (components == 1) {
      return StrictMath.exp(logSigma(out, off, 0));
    }
    double maxLogit = maxLogit(out, off);
    double logNorm = logNorm(out, off, maxLogit);
    double m = mean(out, off);
    double second = 0;
    for (int c = 0; c < components; c++) {
      double pi = StrictMath.exp(out[off + c] - logNorm);
      double mu = out[off + components + c];
      double sigma = StrictMath.exp(logSigma(out, off, c));
      second += pi * (sigma * sigma + (mu - m) * (mu - m));
    }
    return Math.sqrt(second);
  }

  /**
   * Adds {@code dMean} times the gradient of {@link #mean} with respect to the outputs to {@code g}:
   * dm/dmu_k = pi_k, dm/da_k = pi_k (mu_k - m); the widths get nothing.
   */
  public void addMeanGradient(double[] out, int off, double dMean, double[] g, int gOff) {
    double maxLogit = maxLogit(out, off);
    double logNorm = logNorm(out, off, maxLogit);
    double m = mean(out, off);
    for (int c = 0; c < components; c++) {
      double pi = StrictMath.exp(out[off + c] - logNorm);
      if (components > 1) {
        g[gOff + c] += dMean * pi * (out[off + components + c] - m);
      }
      g[gOff + components + c] += dMean * pi;
    }
  }

  private double logSigma(double[] out, int off, int c) {
    return Math.max(MIN_LOG_SIGMA, out[off + 2 * components + c]);
  }

  private boolean clamped(double[] out, int off, int c) {
    return out[off + 2 * components + c] < MIN_LOG_SIGMA;
  }

  private double maxLogit(double[] out, int off) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < components; c++) {
      max = Math.max(max, out[off + c]);
    }
    return max;
  }

  private double logNorm(double[] out, int off, double maxLogit) {
    double sum = 0;
    for (int c = 0; c < components; c++) {
      sum += StrictMath.exp(out[off + c] - maxLogit);
    }
    return maxLogit + StrictMath.log(sum);
  }
}

package org.nucleiml.inference;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * The study's Gaussian likelihood over constraints,
 * {@code log L = -1/2 sum_i [log(2 pi s_i^2) + (mu_i - y_i)^2 / s_i^2]}, where mu_i is the measured
 * value, y_i the model prediction and s_i the constraint's sigma combined in quadrature with any model
 * error of its observable.
 *
 * <p>With the emulator's uncertainty ({@link #logLikelihood(double[], double[])}) each term's variance
 * is {@code v_i = s_i^2 + sigma_emu,i^2}, where sigma_emu,i is the ensemble's standard deviation at
 * the point, so {@code log L = -1/2 sum_i [log(2 pi v_i) + (mu_i - y_i)^2 / v_i]}. v_i now depends on
 * the parameters, so the normalisation term is part of the posterior's shape, not a constant: without
 * it, points where the members disagree would be favoured.
 */
public final class GaussianLikelihood {

  private final List<Constraint> constraints;
  private final double[] values;
  private final double[] inverseVariances;
  private final double[] variances;
  private final double normalisation;

  /**
   * @param constraints the measured values, at least one
   * @param modelErrors model errors, at most one per observable
   */
  public GaussianLikelihood(List<Constraint> constraints, List<ModelError> modelErrors) {
    if (constraints.isEmpty()) {
      throw new InvalidParameterException("constraints", "none", "at least one constraint");
    }
    if (modelErrors.stream().map(ModelError::observable).distinct().count() != modelErrors.size()) {
      throw new InvalidParameterException("modelErrors", modelErrors, "at most one per observable");
    }
    this.constraints = List.copyOf(constraints);
    this.values = new double[constraints.size()];
    this.inverseVariances = new double[constraints.size()];
    this.variances = new double[constraints.size()];
    double norm = 0;
    for (int i = 0; i < values.length; i++) {
      Constraint c = constraints.get(i);
      double variance = c.sigma() * c.sigma() + square(modelError(modelErrors, c));
      values[i] = c.value();
      inverseVariances[i] = 1.0 / variance;
      variances[i] = variance;
      norm += StrictMath.log(2 * Math.PI * variance);
    }
    this.normalisation = -0.5 * norm;
  }

  /** The constraints, in the order predictions are expected. */
  public List<Constraint> constraints() {
    return constraints;
  }

  /** The combined sigma of constraint {@code i}. */
  public double sigma(int i) {
    return 1.0 / Math.sqrt(inverseVariances[i]);
  }

  /** The log likelihood of predictions in constraint order; negative infinity if any is not finite. */
  public double logLikelihood(double[] predictions) {
    double chi2 = 0;
    for (int i = 0; i < values.length; i++) {
      double r = values[i] - predictions[i];
      chi2 += r * r * inverseVariances[i];
    }
    return Double.isFinite(chi2) ? normalisation - 0.5 * chi2 : Double.NEGATIVE_INFINITY;
  }

  /**
   * The log likelihood with the model's own standard deviation of each prediction added in quadrature:
   * {@code -1/2 sum_i [log(2 pi v_i) + r_i^2 / v_i]}, {@code v_i = s_i^2 + modelSigmas[i]^2}; negative
   * infinity if any prediction or sigma is not finite.
   */
  public double logLikelihood(double[] predictions, double[] modelSigmas) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      double r = values[i] - predictions[i];
      double v = variances[i] + modelSigmas[i] * modelSigmas[i];
      sum += StrictMath.log(2 * Math.PI * v) + r * r / v;
    }
    return Double.isFinite(sum) ? -0.5 * sum : Double.NEGATIVE_INFINITY;
  }

  private static double modelError(List<ModelError> errors, Constraint c) {
    return errors.stream().filter(e -> e.observable() == c.observable())
        .mapToDouble(e -> e.sigma(c.value())).findFirst().orElse(0.0);
  }

  private static double square(double x) {
    return x * x;
  }
}

package org.nucleiml.inference;

/**
 * The marginal posterior of one parameter.
 *
 * @param name the parameter
 * @param median the median
 * @param lower68 the 16% quantile (68% central credible interval)
 * @param upper68 the 84% quantile
 * @param lower95 the 2.5% quantile (95% central credible interval)
 * @param upper95 the 97.5% quantile
 * @param mean the mean
 * @param sd the standard deviation
 */
public record ParameterSummary(String name, double median, double lower68, double upper68,
    double lower95, double upper95, double mean, double sd) {}

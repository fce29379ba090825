package org.nucleiml.maven;

/**
 * POM form of one parameter range: {@code <K0><min>150</min><max>300</max></K0>}; an end left out
 * keeps the study's default.
 */
public class RangeConfiguration {

  /** Lower end, in the parameter's unit. */
  Double min;

  /** Upper end, in the parameter's unit. */
  Double max;
}

package org.nucleiml.validation;

import org.nucleiml.data.Observable;

/**
 * The outcome of one gate on one concrete value: a gate for every observable or every nucleus yields
 * one result per observable and nucleus.
 *
 * @param gate the gate as configured
 * @param observable the observable of the value, or null for classifier metrics
 * @param nucleus the nucleus of the value, or null for the value over all nuclei
 * @param actual the metric's value (NaN when undefined, which fails)
 * @param passed whether the value meets the gate's threshold
 * @param overriddenBy the more specific gate that judges this value instead, or null when this gate does
 */
public record GateResult(Gate gate, Observable observable, String nucleus, double actual, boolean passed,
    Gate overriddenBy) {

  /** Whether this result decides the outcome (false when a more specific gate overrides it). */
  public boolean counts() {
    return overriddenBy == null;
  }

  /** Whether this result counts and failed. */
  public boolean failed() {
    return counts() && !passed;
  }

  /** The concrete value judged, e.g. {@code minR2[charge_radius@40Ca]}. */
  public String target() {
    return Gate.target(gate.metric(), observable, nucleus);
  }

  /** The requirement, e.g. ">= 0.98". */
  public String required() {
    return gate.metric().comparison() + " " + Format.sig(gate.threshold(), 6);
  }

  /** One clause: target, the gate it comes from when that differs, required and actual values. */
  public String describe() {
    String from = target().equals(gate.target()) ? "" : " (from " + gate.target() + ")";
    String js = gate.metric() == GateMetric.MAX_JS_DIVERGENCE && nucleus == null ? ", worst nucleus" : "";
    return target() + from + " required " + required() + ", actual " + Format.sig(actual, 6) + js;
  }
}

package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.nucleiml.validation.Format;

/**
 * Table cells from JSON values. Every number on the study report passes through here, formatted as
 * the validation report formats it ({@link Format}, Locale.ROOT); a value the JSON lacks (an older
 * file, or null for "undefined") shows as {@value #MISSING} rather than failing the whole report.
 */
final class Cells {

  /** The cell of a value the JSON does not hold. */
  static final String MISSING = "n/a";

  /** The verdict cell of a passed gate; the HTML page colours it. */
  static final String PASS = "PASS";

  /** The verdict cell of a failed gate; the HTML page colours it. */
  static final String FAIL = "FAIL";

  private Cells() {}

  /** A number to {@code digits} significant digits. */
  static String sig(JsonNode value, int digits) {
    return value.isNumber() ? Format.sig(value.asDouble(), digits) : MISSING;
  }

  /** An R^2-like value, with enough decimals to show its distance from 1. */
  static String r2(JsonNode value) {
    return value.isNumber() ? Format.nearOne(value.asDouble()) : MISSING;
  }

  /** A fraction as a percentage, e.g. 0.9521 -> 95.21%. */
  static String percent(JsonNode fraction, int decimals) {
    return fraction.isNumber() ? Format.percent(fraction.asDouble(), decimals) : MISSING;
  }

  /** A value already in percent (such as MAPE), with a % sign. */
  static String inPercent(JsonNode percent) {
    return percent.isNumber() ? Format.sig(percent.asDouble(), 4) + "%" : MISSING;
  }

  /** A count. */
  static String count(JsonNode value) {
    return value.isIntegralNumber() ? Long.toString(value.asLong()) : MISSING;
  }

  /** A two-element JSON array as "[lo, hi]". */
  static String interval(JsonNode pair, int digits) {
    if (!pair.isArray() || pair.size() != 2) {
      return MISSING;
    }
    return "[" + sig(pair.get(0), digits) + ", " + sig(pair.get(1), digits) + "]";
  }

  /** Text, or {@value #MISSING}. */
  static String text(JsonNode value) {
    return value.isValueNode() && !value.isNull() ? value.asText() : MISSING;
  }

  /** "yes" or "no" for a boolean. */
  static String yesNo(JsonNode value) {
    return value.isBoolean() ? (value.asBoolean() ? "yes" : "no") : MISSING;
  }

  /** {@value #PASS} or {@value #FAIL} for a boolean. */
  static String verdict(JsonNode passed) {
    return passed.isBoolean() ? (passed.asBoolean() ? PASS : FAIL) : MISSING;
  }
}

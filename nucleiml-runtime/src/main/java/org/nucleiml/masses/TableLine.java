package org.nucleiml.masses;

import org.nucleiml.InvalidParameterException;

/**
 * One line of a table file being parsed, so that every value that fails to parse is reported with
 * the file, the 1-based line number and the text found.
 *
 * @param file the file's name as the user gave it
 * @param number 1-based line number
 * @param text the line
 */
record TableLine(String file, int number, String text) {

  /** The trimmed text of columns [start, end), padded with blanks past the end of the line. */
  String field(int start, int end) {
    if (start >= text.length()) {
      return "";
    }
    return text.substring(start, Math.min(end, text.length())).trim();
  }

  /** An integer field. */
  int integer(String what, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw malformed(what, value, "an integer");
    }
  }

  /** A decimal field. */
  double decimal(String what, String value) {
    try {
      double v = Double.parseDouble(value);
      if (!Double.isFinite(v)) {
        throw malformed(what, value, "a finite number");
      }
      return v;
    } catch (NumberFormatException e) {
      throw malformed(what, value, "a number");
    }
  }

  /** The failure naming this file, line and value. */
  InvalidParameterException malformed(String what, String value, String allowed) {
    return new InvalidParameterException(file + " line " + number + " " + what, "'" + value + "'", allowed);
  }
}

package org.nucleiml.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nucleiml.InvalidParameterException;

/** A regressed observable of a nucleus, named as in files (snake_case) with its symbol and unit. */
public enum Observable {
  BINDING_ENERGY("binding_energy", "bindingEnergy", "BE", "MeV"),
  CHARGE_RADIUS("charge_radius", "chargeRadius", "Rch", "fm");

  private final String key;
  private final String camelCase;
  private final String symbol;
  private final String unit;

  Observable(String key, String camelCase, String symbol, String unit) {
    this.key = key;
    this.camelCase = camelCase;
    this.symbol = symbol;
    this.unit = unit;
  }

  /** The snake_case name used in JSON keys and gate specifications, e.g. "charge_radius". */
  public String key() {
    return key;
  }

  /** The paper's symbol, e.g. "Rch". */
  public String symbol() {
    return symbol;
  }

  /** The unit of the observable's values, e.g. "fm". */
  public String unit() {
    return unit;
  }

  /** The snake_case keys of all observables, for error messages. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Observable::key).toList();
  }

  /**
   * Parses the snake_case key, the camelCase POM name or the symbol, case-insensitively.
   *
   * @throws InvalidParameterException listing the allowed names when the text is none of them
   */
  public static Observable parse(String parameter, String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (Observable o : values()) {
      if (t.equals(o.key) || t.equals(o.camelCase.toLowerCase(Locale.ROOT))
          || t.equals(o.symbol.toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    throw new InvalidParameterException(parameter, "'" + text + "'", "one of " + keys());
  }
}

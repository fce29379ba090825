package org.nucleiml.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;

/**
 * A ground-state observable of a nucleus, the one definition shared by the validation gates, the
 * regression metrics and the posterior's constraints: its name in files (snake_case), in POMs
 * (camelCase), the paper's symbol and its unit. Every written form parses everywhere, so
 * {@code BE} works in a gate and in a constraint alike.
 */
public enum Observable {
  /** Binding energy, MeV, positive for bound nuclei. */
  BINDING_ENERGY("binding_energy", "bindingEnergy", "BE", "MeV"),
  /** Charge radius, fm. */
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

  /** The snake_case name used in files, JSON keys and gate specifications, e.g. "charge_radius". */
  public String key() {
    return key;
  }

  /** The paper's symbol, e.g. "Rch". */
  public String symbol() {
    return symbol;
  }

  /** The unit of values, predictions and sigmas, e.g. "fm". */
  public String unit() {
    return unit;
  }

  /** The snake_case keys of all observables, for error messages. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Observable::key).toList();
  }

  /** Parses any written form (see {@link #parse(String, String)}), errors naming "observable". */
  public static Observable parse(String text) {
    return parse("observable", text);
  }

  /**
   * Parses the snake_case key ('-' allowed for '_'), the camelCase POM name or the symbol,
   * case-insensitively.
   *
   * @throws InvalidParameterException naming {@code parameter} and listing the allowed names
   */
  public static Observable parse(String parameter, String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (Observable o : values()) {
      if (t.replace('-', '_').equals(o.key) || t.equals(o.camelCase.toLowerCase(Locale.ROOT))
          || t.equals(o.symbol.toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    throw new InvalidParameterException(parameter, "'" + text + "'", "one of " + keys() + " (or BE, Rch)");
  }

  /** The measured value for {@code nucleus}, if tabulated. */
  public OptionalDouble experimental(ExperimentalValues values, Nucleus nucleus) {
    return this == BINDING_ENERGY ? values.bindingEnergy(nucleus) : values.chargeRadius(nucleus);
  }
}

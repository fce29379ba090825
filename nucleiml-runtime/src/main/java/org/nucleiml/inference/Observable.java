package org.nucleiml.inference;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ExperimentalValues;
import org.nucleiml.physics.Nucleus;

/** A ground-state observable that constrains the posterior. */
public enum Observable {
  /** Binding energy, MeV, positive for bound nuclei. */
  BINDING_ENERGY("binding_energy", "MeV"),
  /** Charge radius, fm. */
  CHARGE_RADIUS("charge_radius", "fm");

  private final String key;
  private final String unit;

  Observable(String key, String unit) {
    this.key = key;
    this.unit = unit;
  }

  /** The name in files, JSON and POMs: {@code binding_energy} or {@code charge_radius}. */
  public String key() {
    return key;
  }

  /** The unit of values, predictions and sigmas. */
  public String unit() {
    return unit;
  }

  /** Parses a key ("binding_energy", "charge_radius", case-insensitive, '-' allowed for '_'). */
  public static Observable parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(o -> o.key.equals(t)).findFirst()
        .orElseThrow(() -> new InvalidParameterException("observable", "'" + text + "'",
            "binding_energy or charge_radius"));
  }

  /** The measured value for {@code nucleus}, if tabulated. */
  public OptionalDouble experimental(ExperimentalValues values, Nucleus nucleus) {
    return this == BINDING_ENERGY ? values.bindingEnergy(nucleus) : values.chargeRadius(nucleus);
  }
}

package org.nucleiml.masses;

import java.util.Locale;
import java.util.Optional;
import org.nucleiml.InvalidParameterException;

/** The liquid-drop baseline whose residual a huang model learns: none, WS* or WS4 (spherical). */
public enum MassBaseline {
  /** No baseline: {@code b_ld_MeV} and {@code residual_MeV} stay empty. */
  NONE("none", null),
  /** WS* coefficients, Coulomb c = 1 (huang Method II). */
  WS_STAR("ws-star", LiquidDrop.WS_STAR),
  /** WS4 coefficients, Coulomb c = 0.76 (huang Method III). */
  WS4("ws4", LiquidDrop.WS4);

  private final String id;
  private final LiquidDrop drop;

  MassBaseline(String id, LiquidDrop drop) {
    this.id = id;
    this.drop = drop;
  }

  /** The name in configurations. */
  public String id() {
    return id;
  }

  /** The liquid drop, empty for {@link #NONE}. */
  public Optional<LiquidDrop> liquidDrop() {
    return Optional.ofNullable(drop);
  }

  /** Parses {@code none}, {@code ws-star} or {@code ws4}. */
  public static MassBaseline parse(String name, String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (MassBaseline b : values()) {
      if (b.id.equals(t)) {
        return b;
      }
    }
    throw new InvalidParameterException(name, text, "none, ws-star or ws4");
  }
}

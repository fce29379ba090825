package org.nucleiml.physics;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nucleiml.InvalidParameterException;

/**
 * A nucleus given by its proton number Z and neutron number N, named as in the study ("208Pb").
 *
 * @param z proton number, >= 1
 * @param n neutron number, >= 0
 */
public record Nucleus(int z, int n) {

  private static final List<String> SYMBOLS = List.of(
      "n", "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
      "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge",
      "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd",
      "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd",
      "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg",
      "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm",
      "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn",
      "Nh", "Fl", "Mc", "Lv", "Ts", "Og");

  private static final Pattern MASS_FIRST = Pattern.compile("(\\d+)([A-Za-z]{1,2})");
  private static final Pattern SYMBOL_FIRST = Pattern.compile("([A-Za-z]{1,2})-?(\\d+)");

  /** Validates Z in [1, 118] and N >= 0. */
  public Nucleus {
    if (z < 1 || z >= SYMBOLS.size()) {
      throw new InvalidParameterException("Z", z, "an integer in [1, " + (SYMBOLS.size() - 1) + "]");
    }
    if (n < 0) {
      throw new InvalidParameterException("N", n, "an integer >= 0");
    }
  }

  /**
   * Parses "208Pb", "pb208" or "Pb-208" (case-insensitive symbol).
   *
   * @throws InvalidParameterException naming the text when it is not a nucleus
   */
  public static Nucleus parse(String text) {
    String t = text == null ? "" : text.trim();
    Matcher m = MASS_FIRST.matcher(t);
    String symbol;
    int a;
    if (m.matches()) {
      a = Integer.parseInt(m.group(1));
      symbol = m.group(2);
    } else {
      m = SYMBOL_FIRST.matcher(t);
      if (!m.matches()) {
        throw new InvalidParameterException("nucleus", "'" + text + "'", "a name such as 208Pb or 40Ca");
      }
      symbol = m.group(1);
      a = Integer.parseInt(m.group(2));
    }
    int z = protonNumber(symbol, text);
    if (a < z) {
      throw new InvalidParameterException("nucleus", "'" + text + "'", "a mass number A >= Z = " + z);
    }
    return new Nucleus(z, a - z);
  }

  /**
   * Parses a list such as "16O, 40Ca,208Pb" (entries separated by commas and/or white space). An
   * empty entry ("16O,,40Ca", a trailing comma) is an error, not something to skip: it usually means a
   * nucleus was lost while editing.
   *
   * @param parameter the list's parameter name for messages
   * @throws InvalidParameterException naming the parameter, the list and the bad entry
   */
  public static java.util.List<Nucleus> parseList(String parameter, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidParameterException(parameter, "an empty list", "nuclei such as 16O,40Ca,208Pb");
    }
    String[] entries = t.split("\\s*,\\s*|\\s+", -1);
    java.util.List<Nucleus> nuclei = new java.util.ArrayList<>();
    for (int i = 0; i < entries.length; i++) {
      if (entries[i].isEmpty()) {
        throw new InvalidParameterException(parameter, "'" + text + "' (entry " + (i + 1) + " is empty)",
            "nuclei separated by single commas, such as 16O,40Ca,208Pb");
      }
      try {
        nuclei.add(parse(entries[i]));
      } catch (InvalidParameterException e) {
        throw new InvalidParameterException(parameter, "'" + entries[i] + "' (entry " + (i + 1) + ")", e.allowed());
      }
    }
    return java.util.List.copyOf(nuclei);
  }

  private static int protonNumber(String symbol, String text) {
    String normalised = symbol.substring(0, 1).toUpperCase(Locale.ROOT)
        + symbol.substring(1).toLowerCase(Locale.ROOT);
    int z = SYMBOLS.indexOf(normalised);
    if (z < 1) {
      throw new InvalidParameterException("nucleus", "'" + text + "'", "a known element symbol (H ... Og)");
    }
    return z;
  }

  /** Mass number A = Z + N. */
  public int a() {
    return z + n;
  }

  /** Element symbol, e.g. "Pb". */
  public String symbol() {
    return SYMBOLS.get(z);
  }

  /** The study's name, e.g. "208Pb". */
  public String name() {
    return a() + symbol();
  }

  @Override
  public String toString() {
    return name();
  }
}

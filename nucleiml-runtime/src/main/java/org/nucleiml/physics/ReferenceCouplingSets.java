package org.nucleiml.physics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nucleiml.InvalidParameterException;

/**
 * The literature parameter sets bundled with the runtime ({@code rmf-reference-sets.csv}: NL3,
 * FSUGold, TM1, IUFSU, ...; provenance in the resource's PROVENANCE.md), each with its own meson and
 * nucleon masses, looked up by name.
 */
public final class ReferenceCouplingSets {

  /** A named set: its masses and couplings. */
  public record CouplingSet(String name, ModelConstants constants, Couplings couplings) {}

  private static final String RESOURCE = "/org/nucleiml/physics/rmf-reference-sets.csv";
  private static final List<CouplingSet> SETS = load();

  private ReferenceCouplingSets() {}

  /** Every set, in file order. */
  public static List<CouplingSet> all() {
    return SETS;
  }

  /**
   * The set of this name (case-insensitive).
   *
   * @throws InvalidParameterException naming {@code parameter}, the value and every known name
   */
  public static CouplingSet named(String parameter, String name) {
    String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    for (CouplingSet s : SETS) {
      if (s.name().toUpperCase(Locale.ROOT).equals(wanted)) {
        return s;
      }
    }
    throw new InvalidParameterException(parameter, name,
        "one of " + String.join(", ", SETS.stream().map(CouplingSet::name).toList()));
  }

  private static List<CouplingSet> load() {
    try (InputStream in = ReferenceCouplingSets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the runtime jar lacks " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = List.of(r.readLine().split(","));
      List<CouplingSet> sets = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        sets.add(new CouplingSet(f[header.indexOf("name")],
            new ModelConstants(d(f, header, "m_sigma"), d(f, header, "m_omega"), d(f, header, "m_rho"),
                d(f, header, "nucleon_mass")),
            new Couplings(d(f, header, "g_sigma"), d(f, header, "g_omega"), d(f, header, "g_rho"),
                d(f, header, "A_MeV"), d(f, header, "B"), d(f, header, "C"), d(f, header, "Lambda_v"))));
      }
      return List.copyOf(sets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double d(String[] fields, List<String> header, String column) {
    return Double.parseDouble(fields[header.indexOf(column)]);
  }
}

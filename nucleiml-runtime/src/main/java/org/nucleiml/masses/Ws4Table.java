package org.nucleiml.masses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The WS4 theoretical mass table with its deformations: the reference model of the mass studies and
 * the source of β₂, β₄, β₆ for the huang {@code def} feature. Columns (whitespace-separated, one
 * header line): {@code A Z Beta2 Beta4 Beta6 Esh Edef Eexp Eth Mexp Mth}. Immutable.
 */
public final class Ws4Table implements MassSurface {

  private static final String[] COLUMNS =
      {"A", "Z", "Beta2", "Beta4", "Beta6", "Esh", "Edef", "Eexp", "Eth", "Mexp", "Mth"};

  private final String id;
  private final List<Ws4Entry> entries;
  private final Map<Nuclide, Ws4Entry> index = new HashMap<>();

  /**
   * @param id the table's id in a configuration, e.g. {@code ws4}
   * @param entries the nuclides in file order
   */
  public Ws4Table(String id, List<Ws4Entry> entries) {
    this.id = id;
    this.entries = List.copyOf(entries);
    for (Ws4Entry e : this.entries) {
      index.put(e.nuclide(), e);
    }
  }

  /** Reads a WS4 file. */
  public static Ws4Table read(String id, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(id, file.toString(), in);
    }
  }

  /** Reads WS4 from a stream; {@code source} names it in error messages. */
  public static Ws4Table read(String id, String source, InputStream in) throws IOException {
    List<Ws4Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        number++;
        if (number == 1 || text.isBlank()) {
          continue;
        }
        entries.add(parse(new TableLine(source, number, text)));
      }
    }
    return new Ws4Table(id, entries);
  }

  private static Ws4Entry parse(TableLine line) {
    String[] t = tokens(line.text());
    if (t.length != COLUMNS.length) {
      throw line.malformed("columns", String.valueOf(t.length),
          COLUMNS.length + " whitespace-separated values " + String.join(" ", COLUMNS));
    }
    int a = line.integer("A", t[0]);
    int z = line.integer("Z", t[1]);
    if (z < 0 || a < z) {
      throw line.malformed("A, Z", a + ", " + z, "0 <= Z <= A");
    }
    double[] v = new double[COLUMNS.length];
    for (int i = 2; i < COLUMNS.length; i++) {
      v[i] = line.decimal(COLUMNS[i], t[i]);
    }
    return new Ws4Entry(new Nuclide(z, a - z), v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
  }

  // Whitespace tokens without a regular expression: 10,237 lines x 11 values.
  private static String[] tokens(String text) {
    java.util.List<String> out = new ArrayList<>(COLUMNS.length);
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i));
      }
    }
    return out.toArray(String[]::new);
  }

  /** The table's id. */
  public String id() {
    return id;
  }

  /** The nuclides in file order. */
  public List<Ws4Entry> entries() {
    return entries;
  }

  /** The entry of a nuclide, if WS4 has it. */
  public Optional<Ws4Entry> entry(int z, int n) {
    return Optional.ofNullable(index.get(new Nuclide(z, n)));
  }

  /**
   * WS4's B from its mass excess Mth with the constants of an AME table, B = Z·Δ(¹H) + N·Δ(n) − Mth:
   * compared with that table, the B errors equal the mass-excess errors exactly. (−Eth differs
   * from this by WS4's rounding, up to 17 keV; the spec's WS4 rms values are mass-excess values.)
   */
  public MassSurface massExcessSurface(MassTable constants) {
    return (z, n) -> {
      Ws4Entry e = index.get(new Nuclide(z, n));
      return e == null ? OptionalDouble.empty() : OptionalDouble.of((z * constants.hydrogenExcessKeV()
          + n * constants.neutronExcessKeV() - 1000.0 * e.theoreticalMassExcessMeV()) / 1000.0);
    };
  }

  /** WS4's B = −Eth. */
  @Override
  public OptionalDouble bindingEnergyMeV(int z, int n) {
    Ws4Entry e = index.get(new Nuclide(z, n));
    return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.bindingEnergyMeV());
  }
}

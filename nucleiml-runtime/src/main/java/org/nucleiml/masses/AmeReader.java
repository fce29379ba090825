package org.nucleiml.masses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * Reads an AME mass table (2016 or 2020 layout, {@link AmeFormat}) into a {@link MassTable}.
 * B is derived from the mass excess, not from A·(B/A), because the B/A column is rounded:
 * B = Z·Δ(¹H) + N·Δ(n) − Δ with Δ(¹H), Δ(n) read from the same table; σ(B) = σ(Δ). A malformed
 * line fails with the file, the line number and the value.
 */
public final class AmeReader {

  private AmeReader() {}

  /** Reads a table file. */
  public static MassTable read(String id, AmeFormat format, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(id, format, file.toString(), in);
    }
  }

  /** Reads a table from a stream; {@code source} names it in error messages. */
  public static MassTable read(String id, AmeFormat format, String source, InputStream in)
      throws IOException {
    List<TableLine> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
      int number = 0;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        number++;
        if (number > format.headerLines() && !text.isBlank()) {
          lines.add(new TableLine(source, number, text));
        }
      }
    }
    List<MassEntry> raw = new ArrayList<>();
    List<TableLine> origin = new ArrayList<>();
    for (TableLine line : lines) {
      Parsed p = parse(format, line);
      if (p != null) {
        raw.add(p.entry);
        origin.add(line);
      }
    }
    double neutron = excessOf(raw, 0, 1, source);
    double hydrogen = excessOf(raw, 1, 0, source);
    List<MassEntry> entries = new ArrayList<>(raw.size());
    for (MassEntry e : raw) {
      double bKeV = e.z() * hydrogen + e.n() * neutron - e.massExcessKeV();
      entries.add(new MassEntry(e.nuclide(), e.element(), e.massExcessKeV(),
          e.massExcessUncertaintyKeV(), e.estimated(), bKeV / 1000.0));
    }
    return new MassTable(id, entries, neutron, hydrogen);
  }

  private record Parsed(MassEntry entry) {}

  // Returns null for a ground state whose mass excess is "*" (not calculable): it has no mass.
  private static Parsed parse(AmeFormat f, TableLine line) {
    int n = line.integer("N", line.field(AmeFormat.N_START, AmeFormat.Z_START));
    int z = line.integer("Z", line.field(AmeFormat.Z_START, AmeFormat.A_START));
    int a = line.integer("A", line.field(AmeFormat.A_START, AmeFormat.A_END));
    if (n < 0 || z < 0 || a != n + z) {
      throw line.malformed("N, Z, A", n + ", " + z + ", " + a, "N >= 0, Z >= 0 and A = N + Z");
    }
    String element = line.field(AmeFormat.ELEMENT_START, AmeFormat.ELEMENT_END);
    String excess = line.field(f.massExcessStart(), f.uncertaintyStart());
    String uncertainty = line.field(f.uncertaintyStart(), f.uncertaintyEnd());
    if (excess.equals("*")) {
      return null;
    }
    boolean estimated = excess.contains("#") || uncertainty.contains("#");
    double delta = line.decimal("mass excess", excess.replace('#', '.'));
    double sigma = line.decimal("mass excess uncertainty", uncertainty.replace('#', '.'));
    if (sigma < 0) {
      throw line.malformed("mass excess uncertainty", uncertainty, "a number >= 0");
    }
    return new Parsed(new MassEntry(new Nuclide(z, n), element, delta, sigma, estimated, Double.NaN));
  }

  private static double excessOf(List<MassEntry> entries, int z, int n, String source) {
    return entries.stream().filter(e -> e.z() == z && e.n() == n).findFirst()
        .map(MassEntry::massExcessKeV)
        .orElseThrow(() -> new InvalidParameterException(source, "no row for Z=" + z + ", N=" + n,
            "an AME table with the free neutron and 1H (their mass excesses define B)"));
  }
}

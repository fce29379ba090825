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

/**
 * Reads the charge-radii CSV of the shared data
 * ({@code Z,N,A,element,charge_radius_fm,charge_radius_unc_fm,source}).
 */
public final class ChargeRadii {

  private static final String HEADER = "Z,N,A,element,charge_radius_fm,charge_radius_unc_fm,source";

  private ChargeRadii() {}

  /** Reads a radii file. */
  public static List<ChargeRadius> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    }
  }

  /** Reads radii from a stream; {@code source} names it in error messages. */
  public static List<ChargeRadius> read(String source, InputStream in) throws IOException {
    List<ChargeRadius> radii = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        number++;
        TableLine line = new TableLine(source, number, text);
        if (number == 1) {
          if (!text.strip().equals(HEADER)) {
            throw line.malformed("header", text, HEADER);
          }
          continue;
        }
        if (text.isBlank()) {
          continue;
        }
        String[] f = text.split(",", -1);
        if (f.length != 7) {
          throw line.malformed("columns", String.valueOf(f.length), "7 comma-separated values " + HEADER);
        }
        int z = line.integer("Z", f[0].trim());
        int n = line.integer("N", f[1].trim());
        int a = line.integer("A", f[2].trim());
        if (a != z + n) {
          throw line.malformed("A", f[2], "A = Z + N = " + (z + n));
        }
        radii.add(new ChargeRadius(new Nuclide(z, n), f[3].trim(),
            line.decimal("charge_radius_fm", f[4].trim()), line.decimal("charge_radius_unc_fm", f[5].trim())));
      }
    }
    return List.copyOf(radii);
  }
}

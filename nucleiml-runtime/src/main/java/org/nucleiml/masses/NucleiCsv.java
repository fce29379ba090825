package org.nucleiml.masses;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.AtomicFiles;

/**
 * The nuclei.csv contract between the dataset step and the mass-model trainers: LF line endings,
 * header {@code Z,N,A,element,table,measured,target_MeV,target_unc_MeV,split,b_ld_MeV,residual_MeV,}
 * then the feature columns {@code <featureSet>:<feature>}; numbers printed with
 * {@link Double#toString} (round-trip exact); {@code b_ld_MeV}/{@code residual_MeV} empty without a
 * baseline; features unscaled.
 */
public final class NucleiCsv {

  /** The fixed leading columns. */
  public static final List<String> FIXED_COLUMNS = List.of("Z", "N", "A", "element", "table", "measured",
      "target_MeV", "target_unc_MeV", "split", "b_ld_MeV", "residual_MeV");

  private NucleiCsv() {}

  /** Writes the rows atomically. */
  public static void write(Path file, List<String> featureColumns, List<NucleusRow> rows) throws IOException {
    StringBuilder sb = new StringBuilder(rows.size() * 200);
    List<String> header = new ArrayList<>(FIXED_COLUMNS);
    header.addAll(featureColumns);
    sb.append(String.join(",", header)).append('\n');
    for (NucleusRow r : rows) {
      sb.append(r.nuclide().z()).append(',').append(r.nuclide().n()).append(',').append(r.nuclide().a())
          .append(',').append(r.element()).append(',').append(r.table()).append(',').append(r.measured())
          .append(',').append(Double.toString(r.targetMeV())).append(',')
          .append(Double.toString(r.targetUncertaintyMeV())).append(',').append(r.split()).append(',')
          .append(optional(r.baselineMeV())).append(',').append(optional(r.residualMeV()));
      for (double f : r.features()) {
        sb.append(',').append(Double.toString(f));
      }
      sb.append('\n');
    }
    AtomicFiles.writeString(file, sb.toString());
  }

  private static String optional(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** Reads a nuclei.csv back; a malformed line fails naming the file, line and value. */
  public static NucleiTable read(Path file) throws IOException {
    List<NucleusRow> rows = new ArrayList<>();
    List<String> features;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String head = r.readLine();
      TableLine headLine = new TableLine(file.toString(), 1, head == null ? "" : head);
      if (head == null) {
        throw headLine.malformed("header", "", String.join(",", FIXED_COLUMNS) + ",<features>");
      }
      String[] h = head.split(",", -1);
      if (h.length < FIXED_COLUMNS.size()
          || !List.of(h).subList(0, FIXED_COLUMNS.size()).equals(FIXED_COLUMNS)) {
        throw headLine.malformed("header", head, String.join(",", FIXED_COLUMNS) + ",<features>");
      }
      features = List.of(h).subList(FIXED_COLUMNS.size(), h.length);
      int number = 1;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        number++;
        if (text.isEmpty()) {
          continue;
        }
        TableLine line = new TableLine(file.toString(), number, text);
        String[] f = text.split(",", -1);
        if (f.length != h.length) {
          throw line.malformed("columns", String.valueOf(f.length), h.length + " values");
        }
        int z = line.integer("Z", f[0]);
        int n = line.integer("N", f[1]);
        double[] x = new double[features.size()];
        for (int i = 0; i < x.length; i++) {
          x[i] = line.decimal(h[FIXED_COLUMNS.size() + i], f[FIXED_COLUMNS.size() + i]);
        }
        if (!f[5].equals("true") && !f[5].equals("false")) {
          throw line.malformed("measured", f[5], "true or false");
        }
        rows.add(new NucleusRow(new Nuclide(z, n), f[3], f[4], Boolean.parseBoolean(f[5]),
            line.decimal("target_MeV", f[6]), line.decimal("target_unc_MeV", f[7]), f[8],
            f[9].isEmpty() ? Double.NaN : line.decimal("b_ld_MeV", f[9]),
            f[10].isEmpty() ? Double.NaN : line.decimal("residual_MeV", f[10]), x));
      }
    }
    if (rows.isEmpty()) {
      throw new InvalidParameterException(file.toString(), "no rows", "a nuclei.csv with at least one nucleus");
    }
    return new NucleiTable(features, rows);
  }
}

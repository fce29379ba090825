package org.nucleiml.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;

/**
 * The rows of a {@code samples.csv} data set held column-wise, as the emulator reads them: sample id,
 * NMPs, nucleus, binding energy, charge radius and labels. Immutable once read.
 */
public final class SampleTable {

  /** The two-class labels. */
  public static final Set<String> LABELS = Set.of("admissible", "non-admissible");
  /** The four-class labels. */
  public static final Set<String> LABELS4 =
      Set.of("admissible", "no-couplings", "non-convergent", "outside-threshold");

  private static final List<String> REQUIRED = required();

  private final Path file;
  private final long[] sampleIds;
  private final double[] nmps;
  private final int[] z;
  private final int[] n;
  private final double[] bindingEnergy;
  private final double[] chargeRadius;
  private final String[] labels4;

  private SampleTable(Path file, List<Object[]> rows) {
    this.file = file;
    int count = rows.size();
    sampleIds = new long[count];
    nmps = new double[7 * count];
    z = new int[count];
    n = new int[count];
    bindingEnergy = new double[count];
    chargeRadius = new double[count];
    labels4 = new String[count];
    for (int i = 0; i < count; i++) {
      Object[] r = rows.get(i);
      sampleIds[i] = (Long) r[0];
      System.arraycopy((double[]) r[1], 0, nmps, 7 * i, 7);
      z[i] = (Integer) r[2];
      n[i] = (Integer) r[3];
      bindingEnergy[i] = (Double) r[4];
      chargeRadius[i] = (Double) r[5];
      labels4[i] = (String) r[6];
    }
  }

  /**
   * Reads and checks a samples.csv file.
   *
   * @throws InvalidParameterException naming the file, line and column of the first bad value
   */
  public static SampleTable read(Path file) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      checkHeader(file, parser.getHeaderMap());
      boolean hasNucleus = parser.getHeaderMap().containsKey(SampleColumns.NUCLEUS);
      List<Object[]> rows = new ArrayList<>();
      SampleIdentity identity = new SampleIdentity(file);
      for (CSVRecord record : parser) {
        Object[] row = new RowReader(file, record, hasNucleus).read();
        identity.add(row, record.getRecordNumber() + 1);
        rows.add(row);
      }
      return new SampleTable(file, rows);
    }
  }

  private static void checkHeader(Path file, Map<String, Integer> header) {
    for (String column : REQUIRED) {
      if (header == null || !header.containsKey(column)) {
        throw new InvalidParameterException(file + " line 1 header", header == null ? "no header"
            : header.keySet(), "a column '" + column + "' (samples.csv columns " + SampleColumns.HEADER + ")");
      }
    }
  }

  /** The file the rows were read from. */
  public Path file() {
    return file;
  }

  /** The number of rows. */
  public int size() {
    return z.length;
  }

  /** The sample (NMP set) a row belongs to; all nuclei of one set share it. */
  public long sampleId(int row) {
    return sampleIds[row];
  }

  /** The NMPs of a row, in the order of {@link SampleColumns#NMP}. */
  public double[] nmp(int row) {
    double[] v = new double[7];
    System.arraycopy(nmps, 7 * row, v, 0, 7);
    return v;
  }

  /** The NMP value {@code index} (0..6) of a row, without allocating. */
  public double nmp(int row, int index) {
    return nmps[7 * row + index];
  }

  /** The nucleus of a row. */
  public Nucleus nucleus(int row) {
    return new Nucleus(z[row], n[row]);
  }

  /** Proton number of a row. */
  public int z(int row) {
    return z[row];
  }

  /** Neutron number of a row. */
  public int n(int row) {
    return n[row];
  }

  /** Binding energy in MeV, NaN when the solver gave none. */
  public double bindingEnergy(int row) {
    return bindingEnergy[row];
  }

  /** Charge radius in fm, NaN when the solver gave none. */
  public double chargeRadius(int row) {
    return chargeRadius[row];
  }

  /** Whether the row is admissible. */
  public boolean admissible(int row) {
    return "admissible".equals(labels4[row]);
  }

  /** The two-class label. */
  public String label(int row) {
    return admissible(row) ? "admissible" : "non-admissible";
  }

  /** The four-class label. */
  public String label4(int row) {
    return labels4[row];
  }

  private static List<String> required() {
    List<String> r = new ArrayList<>(List.of(SampleColumns.SAMPLE_ID));
    r.addAll(SampleColumns.NMP);
    r.addAll(List.of(SampleColumns.Z, SampleColumns.N, SampleColumns.BINDING_ENERGY,
        SampleColumns.CHARGE_RADIUS, SampleColumns.LABEL, SampleColumns.LABEL4));
    return List.copyOf(r);
  }

  /**
   * Checks that a set's rows agree: one row per (sample_id, nucleus), and every row of a sample_id
   * with the same NMPs (two runs' rows mixed, or an edited id, would otherwise train silently).
   */
  private static final class SampleIdentity {
    private final Path file;
    private final Map<Long, double[]> nmpById = new java.util.HashMap<>();
    private final Map<Long, Long> firstLineById = new java.util.HashMap<>();
    private final Map<String, Long> lineByRow = new java.util.HashMap<>();

    SampleIdentity(Path file) {
      this.file = file;
    }

    void add(Object[] row, long line) {
      long id = (Long) row[0];
      double[] nmp = (double[]) row[1];
      Long earlier = lineByRow.putIfAbsent(id + "/" + row[2] + "/" + row[3], line);
      if (earlier != null) {
        throw new InvalidParameterException(file + " line " + line + " column " + SampleColumns.SAMPLE_ID,
            id + " for Z=" + row[2] + " N=" + row[3] + " again (also on line " + earlier + ")",
            "one row per sample_id and nucleus");
      }
      double[] known = nmpById.putIfAbsent(id, nmp);
      if (known != null && !java.util.Arrays.equals(known, nmp)) {
        throw new InvalidParameterException(file + " line " + line + " column " + SampleColumns.SAMPLE_ID,
            id + " with NMPs " + java.util.Arrays.toString(nmp) + " (line " + firstLineById.get(id) + " has "
            + java.util.Arrays.toString(known) + ")", "the same NMPs on every row of one sample_id");
      }
      firstLineById.putIfAbsent(id, line);
    }
  }

  /** Parses one record, naming file, line and column in every error. */
  private record RowReader(Path file, CSVRecord record, boolean hasNucleus) {

    Object[] read() {
      if (!record.isConsistent()) {
        throw bad("*", record.size() + " values", "one value per header column");
      }
      double idValue = number(SampleColumns.SAMPLE_ID, false);
      if (idValue != Math.rint(idValue) || idValue < 0 || idValue > 1e15) {
        throw bad(SampleColumns.SAMPLE_ID, record.get(SampleColumns.SAMPLE_ID), "an integer >= 0");
      }
      long id = (long) idValue;
      double[] nmp = new double[7];
      for (int k = 0; k < 7; k++) {
        nmp[k] = number(SampleColumns.NMP.get(k), false);
      }
      int zz = integer(SampleColumns.Z);
      int nn = integer(SampleColumns.N);
      if (hasNucleus) {
        checkNucleus(zz, nn);
      }
      String label = choice(SampleColumns.LABEL, LABELS);
      String label4 = choice(SampleColumns.LABEL4, LABELS4);
      if (label.equals("admissible") != label4.equals("admissible")) {
        throw bad(SampleColumns.LABEL4, label4, "a label4 consistent with label '" + label + "'");
      }
      boolean needValues = label.equals("admissible");
      double be = number(SampleColumns.BINDING_ENERGY, !needValues);
      double rch = number(SampleColumns.CHARGE_RADIUS, !needValues);
      if (needValues && !(be > 0)) {
        throw bad(SampleColumns.BINDING_ENERGY, be, "a binding energy > 0 MeV on an admissible row");
      }
      if (!Double.isNaN(rch) && !(rch > 0)) {
        throw bad(SampleColumns.CHARGE_RADIUS, rch, "a charge radius > 0 fm");
      }
      return new Object[] {id, nmp, zz, nn, be, rch, label4};
    }

    private void checkNucleus(int zz, int nn) {
      String text = record.get(SampleColumns.NUCLEUS).trim();
      Nucleus named;
      try {
        named = Nucleus.parse(text);
      } catch (IllegalArgumentException e) {
        throw bad(SampleColumns.NUCLEUS, "'" + text + "'", "a nucleus such as 208Pb");
      }
      if (named.z() != zz || named.n() != nn) {
        throw bad(SampleColumns.NUCLEUS, "'" + text + "' (Z=" + named.z() + ", N=" + named.n() + ") on a row with Z="
            + zz + ", N=" + nn, "the nucleus its Z and N columns give: " + new Nucleus(zz, nn).name());
      }
    }

    private double number(String column, boolean mayBeEmpty) {
      String text = record.get(column).trim();
      if (text.isEmpty() && mayBeEmpty) {
        return Double.NaN;
      }
      try {
        double v = Double.parseDouble(text);
        if (Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below with the location
      }
      throw bad(column, "'" + text + "'", "a finite number");
    }

    private int integer(String column) {
      double v = number(column, false);
      if (v != Math.rint(v) || v < 0 || v > 400) {
        throw bad(column, record.get(column), "an integer in [0, 400]");
      }
      return (int) v;
    }

    private String choice(String column, Set<String> allowed) {
      String text = record.get(column).trim();
      if (!allowed.contains(text)) {
        throw bad(column, "'" + text + "'", "one of " + new java.util.TreeSet<>(allowed));
      }
      return text;
    }

    private InvalidParameterException bad(String column, Object value, String expected) {
      // Line numbers count the header as line 1 (no multi-line fields in samples.csv).
      return new InvalidParameterException(file + " line " + (record.getRecordNumber() + 1) + " column "
          + column, value, expected);
    }
  }
}

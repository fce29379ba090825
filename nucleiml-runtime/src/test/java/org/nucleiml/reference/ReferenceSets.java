package org.nucleiml.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * The literature parameter sets of rmf-reference-sets.csv (NL3, FSUGold, TM1, IUFSU): couplings,
 * constants and the NMPs an independent prototype computed from them. Shared by all physics tests.
 */
public final class ReferenceSets {

  /** One row: a named set. */
  public record ReferenceSet(String name, ModelConstants constants, Couplings couplings,
      NuclearMatterParameters nmp) {}

  private ReferenceSets() {}

  /** All rows, in file order. */
  public static List<ReferenceSet> all() {
    List<ReferenceSet> sets = new ArrayList<>();
    for (CSVRecord r : records("rmf-reference-sets.csv")) {
      sets.add(new ReferenceSet(r.get("name"),
          new ModelConstants(d(r, "m_sigma"), d(r, "m_omega"), d(r, "m_rho"), d(r, "nucleon_mass")),
          new Couplings(d(r, "g_sigma"), d(r, "g_omega"), d(r, "g_rho"), d(r, "A_MeV"), d(r, "B"),
              d(r, "C"), d(r, "Lambda_v")),
          new NuclearMatterParameters(d(r, "rho0"), d(r, "E0"), d(r, "K0"), d(r, "Q0"),
              d(r, "mstar_over_m"), d(r, "J0"), d(r, "L0"))));
    }
    return sets;
  }

  /** The set with this name. */
  public static ReferenceSet named(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no reference set " + name));
  }

  /** Parses a CSV with a header row from org/nucleiml/reference/ on the test classpath. */
  public static List<CSVRecord> records(String file) {
    String path = "/org/nucleiml/reference/" + file;
    try (InputStream in = ReferenceSets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + path);
      }
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A numeric column. */
  public static double d(CSVRecord r, String column) {
    return Double.parseDouble(r.get(column));
  }
}

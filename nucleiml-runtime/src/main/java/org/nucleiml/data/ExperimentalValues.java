package org.nucleiml.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.nucleiml.physics.Nucleus;

/**
 * Measured binding energies (AME2020, MeV) and charge radii (Angeli 2013, fm) from the runtime's
 * experiment resources; the study-nuclei table wins over the full tables where both list a nucleus.
 */
public final class ExperimentalValues {

  private static final String DIR = "/org/nucleiml/experiment/";
  private static volatile ExperimentalValues standard;

  private final Map<Nucleus, Double> bindingEnergies;
  private final Map<Nucleus, Double> chargeRadii;

  private ExperimentalValues(Map<Nucleus, Double> bindingEnergies, Map<Nucleus, Double> chargeRadii) {
    this.bindingEnergies = Map.copyOf(bindingEnergies);
    this.chargeRadii = Map.copyOf(chargeRadii);
  }

  /** The values shipped with the runtime, read once. */
  public static ExperimentalValues standard() {
    ExperimentalValues v = standard;
    if (v == null) {
      synchronized (ExperimentalValues.class) {
        if (standard == null) {
          standard = load();
        }
        v = standard;
      }
    }
    return v;
  }

  /** The measured binding energy in MeV (positive), if tabulated. */
  public OptionalDouble bindingEnergy(Nucleus nucleus) {
    return optional(bindingEnergies.get(nucleus));
  }

  /** The measured charge radius in fm, if tabulated. */
  public OptionalDouble chargeRadius(Nucleus nucleus) {
    return optional(chargeRadii.get(nucleus));
  }
  /** Both measured values of {@code nucleus}, NaN where the compilations have none. */
  public ExperimentalReference reference(Nucleus nucleus) {
    return new ExperimentalReference(bindingEnergy(nucleus).orElse(Double.NaN),
        chargeRadius(nucleus).orElse(Double.NaN));
  }


  private static OptionalDouble optional(Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private static ExperimentalValues load() {
    Map<Nucleus, Double> be = new HashMap<>();
    Map<Nucleus, Double> rch = new HashMap<>();
    read("ame2020-binding-energies.csv", "binding_energy_MeV", be);
    read("charge-radii.csv", "charge_radius_fm", rch);
    read("study-nuclei.csv", "binding_energy_MeV", be);
    read("study-nuclei.csv", "charge_radius_fm", rch);
    return new ExperimentalValues(be, rch);
  }

  private static void read(String file, String column, Map<Nucleus, Double> into) {
    try (InputStream in = ExperimentalValues.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing runtime resource " + DIR + file);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
      for (CSVRecord r : format.parse(reader)) {
        String value = r.get(column).trim();
        int z = Integer.parseInt(r.get("Z").trim());
        if (!value.isEmpty() && z >= 1) {
          into.put(new Nucleus(z, Integer.parseInt(r.get("N").trim())), Double.parseDouble(value));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + DIR + file, e);
    }
  }
}

package org.nucleiml.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.masses.Nuclide;

/**
 * The [S003] Fig. 8 analogue (spec 3.8): along the isotopic chains Z = 28, 50, 82, 92, the model's B
 * minus WS4's at +5, +10 and +20 neutrons beyond the paper's last training nucleus (N = 45, 85, 133,
 * 148), read from the step's mass-table.csv. A point beyond the WS4 table is absent.
 */
final class ChainExtrapolation {

  /** Z to the paper's last trained N. */
  static final Map<Integer, Integer> CHAINS = chains();
  /** Neutrons beyond the last trained N. */
  static final List<Integer> STEPS = List.of(5, 10, 20);

  private final List<String> header;
  private final Map<Nuclide, String[]> rows;

  private ChainExtrapolation(List<String> header, Map<Nuclide, String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads mass-table.csv. */
  static ChainExtrapolation read(Path massTable) throws IOException {
    if (!Files.isRegularFile(massTable)) {
      throw new InvalidParameterException("modelDirectory", massTable.getParent(),
          "a directory holding " + MassTrainStep.MASS_TABLE + " (run nml:train-masses first)");
    }
    List<String> lines = Files.readAllLines(massTable);
    Map<Nuclide, String[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      rows.put(new Nuclide(Integer.parseInt(f[0]), Integer.parseInt(f[1])), f);
    }
    return new ChainExtrapolation(List.of(lines.get(0).split(",", -1)), rows);
  }

  /** "Z=28 N=50" to B_model − B_WS4 in keV, for the points in the table. */
  Map<String, Double> differencesKeV(String modelId) {
    int column = header.indexOf("B_" + modelId + "_MeV");
    int ws4 = header.indexOf("B_ws4_MeV");
    Map<String, Double> out = new LinkedHashMap<>();
    if (column < 0) {
      return out;
    }
    CHAINS.forEach((z, last) -> {
      for (int step : STEPS) {
        String[] row = rows.get(new Nuclide(z, last + step));
        if (row != null) {
          out.put("Z=" + z + " N=" + (last + step),
              1000.0 * (Double.parseDouble(row[column]) - Double.parseDouble(row[ws4])));
        }
      }
    });
    return out;
  }

  private static Map<Integer, Integer> chains() {
    Map<Integer, Integer> c = new LinkedHashMap<>();
    c.put(28, 45);
    c.put(50, 85);
    c.put(82, 133);
    c.put(92, 148);
    return c;
  }
}

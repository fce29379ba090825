package org.nucleiml.study;

import java.util.Map;
import java.util.Optional;

/**
 * [S003] Table III: RMSD and MAE (keV) of the paper's models on its train, test and all sets, by
 * model id {@code <case>-<method>} (Case B row 3 is printed "II" in the paper but is Method III, see
 * its §III.B). Printed beside our values in the validation report.
 */
final class HuangTableIII {

  /**
   * RMSD and MAE of one set, keV.
   *
   * @param rmsKeV the paper's RMSD
   * @param maeKeV the paper's MAE
   */
  record Value(double rmsKeV, double maeKeV) {}

  private static final Map<String, Map<String, Value>> TABLE = Map.of(
      "A-I", row(135, 99, 204, 141, 151, 107),
      "A-II", row(87, 64, 143, 99, 101, 71),
      "A-III", row(52, 39, 122, 87, 71, 49),
      "B-I", row(195, 145, 416, 283, 207, 150),
      "B-II", row(159, 122, 237, 173, 162, 124),
      "B-III", row(125, 96, 191, 144, 128, 97),
      "C-III", row(116, 82, 161, 107, 126, 87));

  private HuangTableIII() {}

  /** The paper's value for a model id and set (train, test or all), if it has one. */
  static Optional<Value> of(String modelId, String set) {
    return Optional.ofNullable(TABLE.get(modelId)).map(r -> r.get(set));
  }

  private static Map<String, Value> row(double trainRms, double trainMae, double testRms, double testMae,
      double allRms, double allMae) {
    return Map.of("train", new Value(trainRms, trainMae), "test", new Value(testRms, testMae),
        "all", new Value(allRms, allMae));
  }
}

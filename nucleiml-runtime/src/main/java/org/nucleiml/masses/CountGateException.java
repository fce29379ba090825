package org.nucleiml.masses;

import java.util.List;
import org.nucleiml.GateFailedException;

/**
 * A data set's count differs from the count the study expects (the {@code count[...]} build gate):
 * the selection, the tables or the split changed what the model will be trained and scored on.
 */
public final class CountGateException extends GateFailedException {

  private static final long serialVersionUID = 1L;

  /**
   * @param set the set's name
   * @param expected the expected count
   * @param found the count found
   */
  public CountGateException(String set, int expected, int found) {
    super("expectedCounts", "nml:dataset count gate failed: count of set '" + set + "': expected "
        + expected + ", found " + found, List.of());
  }
}

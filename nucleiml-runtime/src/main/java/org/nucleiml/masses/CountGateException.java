package org.nucleiml.masses;

/**
 * A data set's count differs from the count the study expects (the {@code count[...]} build gate):
 * the selection, the tables or the split changed what the model will be trained and scored on.
 */
public final class CountGateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param set the set's name
   * @param expected the expected count
   * @param found the count found
   */
  public CountGateException(String set, int expected, int found) {
    super("count of set '" + set + "': expected " + expected + ", found " + found);
  }
}

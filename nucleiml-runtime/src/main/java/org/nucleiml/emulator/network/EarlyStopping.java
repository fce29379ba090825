package org.nucleiml.emulator.network;

import org.nucleiml.Checks;

/**
 * Stops training when the validation loss has not improved for {@code patience} epochs once
 * {@code minEpochs} have run, and remembers the parameters of the best epoch so they can be restored.
 */
public final class EarlyStopping {

  private final int patience;
  private final int minEpochs;
  private double bestLoss = Double.POSITIVE_INFINITY;
  private int bestEpoch;
  private double[] bestParameters;
  private int lastEpoch;

  /**
   * @param patience The number of epochs without improvement tolerated, >= 1.
   * @param minEpochs The number of epochs always run, >= 0.
   */
  public EarlyStopping(int patience, int minEpochs) {
    this.patience = Checks.positive("patience", patience);
    this.minEpochs = Checks.nonNegative("min_epochs", minEpochs);
  }

  /**
   * Records the validation loss of {@code epoch} (1-based) and returns whether to stop now.
   *
   * @param parameters the current parameters, copied when they are the best so far
   */
  public boolean update(int epoch, double loss, double[] parameters) {
    lastEpoch = epoch;
    if (loss < bestLoss || bestParameters == null) {
      bestLoss = loss;
      bestEpoch = epoch;
      bestParameters = parameters.clone();
    }
    return epoch >= minEpochs && epoch - bestEpoch >= patience;
  }

  /** The 1-based epoch with the lowest validation loss so far. */
  public int bestEpoch() {
    return bestEpoch;
  }

  /** The epoch of the last {@link #update}. */
  public int lastEpoch() {
    return lastEpoch;
  }

  /** The lowest validation loss so far. */
  public double bestLoss() {
    return bestLoss;
  }

  /** A copy of the parameters of the best epoch. */
  public double[] bestParameters() {
    return bestParameters.clone();
  }
}

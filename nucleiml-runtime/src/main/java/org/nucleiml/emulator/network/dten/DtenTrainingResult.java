package org.nucleiml.emulator.network.dten;

import java.util.List;
import org.nucleiml.emulator.network.EpochLoss;

/**
 * The outcome of one DTEN training run.
 *
 * @param model the parameters and running statistics of the epoch with the lowest validation loss
 * @param keptEpoch that epoch (1-based)
 * @param history every epoch's losses (mean weighted squared error, scaled units)
 * @param rates the learning rate of every epoch
 * @param reachedFloor whether the plateau schedule ended the run (its rate fell below the floor)
 *     rather than the epoch cap
 */
public record DtenTrainingResult(DtenModel model, int keptEpoch, List<EpochLoss> history, List<Double> rates,
    boolean reachedFloor) {

  /** Copies the lists. */
  public DtenTrainingResult {
    history = List.copyOf(history);
    rates = List.copyOf(rates);
  }
}

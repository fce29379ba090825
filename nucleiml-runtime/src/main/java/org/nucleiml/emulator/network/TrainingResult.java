package org.nucleiml.emulator.network;

import java.util.List;

/**
 * A trained network and how training went.
 *
 * @param network the network with the parameters of the best validation epoch
 * @param history one entry per epoch run
 * @param bestEpoch the epoch whose parameters were kept
 * @param stoppedEarly whether early stopping ended training before the maximum epoch count
 */
public record TrainingResult(FeedForwardNetwork network, List<EpochLoss> history, int bestEpoch,
    boolean stoppedEarly) {

  /** Copies the history. */
  public TrainingResult {
    history = List.copyOf(history);
  }
}

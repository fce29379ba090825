package org.nucleiml.emulator.network;

import java.util.List;

/**
 * A trained network and how training went.
 *
 * @param network the network with the kept parameters (the best validation epoch for validation-best stopping)
 * @param history one entry per epoch run
 * @param bestEpoch the epoch whose parameters were kept
 * @param stoppedEarly whether the stopping rule ended training before the maximum epoch count
 * @param learningRates the learning rate of each epoch run
 */
public record TrainingResult(FeedForwardNetwork network, List<EpochLoss> history, int bestEpoch,
    boolean stoppedEarly, List<Double> learningRates) {

  /** Copies the lists. */
  public TrainingResult {
    history = List.copyOf(history);
    learningRates = List.copyOf(learningRates);
  }
}

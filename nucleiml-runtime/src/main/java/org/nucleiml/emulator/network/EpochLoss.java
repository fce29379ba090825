package org.nucleiml.emulator.network;

/**
 * The losses of one finished epoch.
 *
 * @param epoch 1-based epoch number
 * @param trainingLoss mean loss over the epoch's mini-batches
 * @param validationLoss mean loss on the validation rows after the epoch
 * @param elapsedSeconds wall time since training started
 */
public record EpochLoss(int epoch, double trainingLoss, double validationLoss, double elapsedSeconds) {}

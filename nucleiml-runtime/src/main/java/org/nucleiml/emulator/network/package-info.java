/**
 * The feed-forward neural network core on flat {@code double[]} parameter arrays: dense ReLU layers,
 * losses, Adam, early stopping and a deterministic multi-threaded mini-batch trainer. Knows nothing of
 * Tribuo or of nuclei; the {@code emulator} package wraps it as Tribuo trainers and models.
 */
package org.nucleiml.emulator.network;

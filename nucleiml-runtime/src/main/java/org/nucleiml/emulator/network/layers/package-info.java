/**
 * Layers with a forward and a backward pass over a block of rows, on flat {@code double[]} parameter
 * arrays: {@link org.nucleiml.emulator.network.layers.Dense}, {@link org.nucleiml.emulator.network.layers.Conv1d},
 * {@link org.nucleiml.emulator.network.layers.MaxPool1d}, {@link org.nucleiml.emulator.network.layers.Elementwise}
 * activations, chained by {@link org.nucleiml.emulator.network.layers.LayerStack}, and
 * {@link org.nucleiml.emulator.network.layers.BatchNorm1d}, which couples the rows of a batch. Every sum
 * runs in a fixed order, so a result depends only on the rows given, never on threads.
 */
package org.nucleiml.emulator.network.layers;

/**
 * Mass-model networks for the nuclear-mass studies ([S003] physics-informed FCNN and its successors):
 * on plain feature and target matrices, min-max input scaling and z-score outputs fitted on the
 * training rows, deterministic training through the {@code emulator.network} core, prediction in
 * physical units, a deterministic JSON model file and a per-epoch learning curve. Knows nothing of
 * nuclei or data files: the {@code masses} package builds the matrices.
 */
package org.nucleiml.emulator.massmodel;

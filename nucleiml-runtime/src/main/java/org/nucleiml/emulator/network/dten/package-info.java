/**
 * The density-to-energy network (DTEN) of Yang, Fan, Li and Liang, PRC 109, 064312 (2024) [S002]:
 * two fully connected branches on shell features, a convolutional branch on six radial density
 * profiles, concatenation, batch normalisation and a fully connected head with a sigmoid output
 * ({@link org.nucleiml.emulator.network.dten.DtenArchitecture}); its deterministic trainer (A^alpha-weighted
 * squared error, Adam, reduce-on-plateau with reload), inverse-variance ensembles and model files.
 */
package org.nucleiml.emulator.network.dten;

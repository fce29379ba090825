/**
 * The physics value types shared by every layer: nuclei, nuclear-matter parameters, couplings of the
 * Lagrangian, model constants and physical constants. Infinite matter lives in {@code matter}, the
 * finite-nucleus solver in {@code nucleus}; nothing here knows data sets, emulators or Maven.
 */
package org.nucleiml.physics;

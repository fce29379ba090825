package org.nucleiml.physics.nucleus;

/**
 * Mutable per-solve workspace of one Dirac level: its last energy (the next iteration's starting
 * guess), occupation and normalised radial components on the mesh.
 */
final class Orbital {

  final DiracLevel level;
  final int degeneracy;
  final double[] g;
  final double[] f;
  double energy = Double.NaN;
  double occupation;
  /** The update of its species in which the level was last solved (-1: never). */
  int solvedAt = -1;

  Orbital(DiracLevel level, int meshPoints) {
    this.level = level;
    this.degeneracy = level.degeneracy();
    g = new double[meshPoints];
    f = new double[meshPoints];
  }
}

package org.nucleiml.data;

/**
 * Point {@code i} of a sampling design in the unit cube. Implementations compute any point from its
 * index alone, so shards and threads can draw their own points and still agree with a single run.
 */
public interface UnitCubeDesign {

  /** The point with index {@code index} (0-based), each coordinate in [0, 1). */
  double[] point(long index);
}

package org.nucleiml.masses;

/** How a valence-nucleon count is measured from the magic numbers (section 2.1 of the spec). */
public enum ValenceConvention {
  /**
   * huang: V = X − X_core with X_core the nearest magic number strictly smaller than X (at Z = 50,
   * V_p = 22; at Z = 51, V_p = 1). Below the smallest magic number the core is empty (V = X).
   */
  CORE_BELOW,
  /** mumpower: V = min over magic m of |X − m|, particles or holes from the nearest closed shell. */
  NEAREST
}

package org.nucleiml.physics.nucleus;

/** Why a self-consistent solve stopped without converging. */
public enum NonConvergenceReason {
  /** The iteration cap of {@link SolverSettings#maxIterations()} was reached. */
  ITERATION_CAP,
  /** The residual stopped decreasing for many iterations (a limit cycle or slow divergence). */
  OSCILLATION,
  /** A field became NaN or infinite, or the Dirac mass m - S dropped to zero or below. */
  UNPHYSICAL_FIELDS,
  /** Fewer bound single-particle states than nucleons of one species. */
  UNBOUND_NUCLEONS,
  /** The set of occupied levels kept changing between iterations. */
  LEVEL_ORDERING,
  /**
   * The iteration met the tolerance, but at a solution no bound nucleus has: binding energy <= 0 or a
   * radius <= 0 or not finite (a spurious fixed point; never reported as converged).
   */
  UNPHYSICAL_SOLUTION
}

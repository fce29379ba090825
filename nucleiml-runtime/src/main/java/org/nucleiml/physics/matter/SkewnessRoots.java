package org.nucleiml.physics.matter;

/**
 * The values of t in [0, t_hi) where the family's Q0(t) equals the target, found on a uniform grid
 * of 401 points (evaluated in one vectorisable pass): a grid value within q0_tol = 1e-7 (1 + |Q0| + K0) MeV counts as a root (this
 * catches C = 0 sets exactly on the boundary), and only the first remaining sign change is refined
 * by Brent since only the smallest root is used; the others are counted.
 *
 * @param count number of roots (0: Q0 is out of reach)
 * @param smallest the smallest root t, NaN when none
 * @param min smallest Q0 on the grid, MeV
 * @param max largest Q0 on the grid, MeV
 */
record SkewnessRoots(int count, double smallest, double min, double max) {

  static final int GRID_INTERVALS = 400;
  private static final double LAST_POINT = 1 - 1e-12;
  private static final double ROOT_TOLERANCE = 1e-15;

  /** Scans Q0(t) - target on [0, tHi (1 - 1e-12)]. */
  static SkewnessRoots find(SkewnessFamily f, double target, double tHi) {
    double tol = 1e-7 * (1 + Math.abs(target) + f.k0);
    int count = 0;
    double smallest = Double.NaN;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double tPrev = 0;
    double dPrev = Double.NaN;
    boolean prevNear = false;
    double step = tHi / GRID_INTERVALS;
    double[] q0 = new double[GRID_INTERVALS + 1];
    f.q0Grid(step, q0);
    q0[GRID_INTERVALS] = f.q0(tHi * LAST_POINT);
    for (int k = 0; k <= GRID_INTERVALS; k++) {
      double t = k == GRID_INTERVALS ? tHi * LAST_POINT : step * k;
      double q = q0[k];
      min = Math.min(min, q);
      max = Math.max(max, q);
      double d = q - target;
      boolean near = Math.abs(d) <= tol;
      if (near && !prevNear) {
        count++;
        smallest = count == 1 ? t : smallest;
      } else if (!near && !prevNear && k > 0 && (d > 0) != (dPrev > 0)) {
        count++;
        smallest = count == 1 ? refine(f, target, tPrev, t, dPrev, d) : smallest;
      }
      tPrev = t;
      dPrev = d;
      prevNear = near;
    }
    return new SkewnessRoots(count, smallest, min, max);
  }

  private static double refine(SkewnessFamily f, double target, double a, double b, double da,
      double db) {
    return BrentRoot.solve(t -> f.q0(t) - target, a, b, da, db, ROOT_TOLERANCE, 0);
  }
}

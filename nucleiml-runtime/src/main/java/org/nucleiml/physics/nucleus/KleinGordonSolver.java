package org.nucleiml.physics.nucleus;

/**
 * Solves the static radial Klein-Gordon equation {@code (-d2/dr2 - (2/r) d/dr + mu^2) phi = s(r)}
 * for a given source, exactly up to O(h^4): with {@code u = r phi} it is {@code -u'' + mu^2 u = r s},
 * discretised by Numerov's rule into a constant tridiagonal system with {@code u(0) = 0} and a given
 * {@code u(R)}. The elimination factors depend only on mu and the mesh, so they are computed once.
 * With mu = 0 it is Poisson's equation (the Coulomb field).
 */
final class KleinGordonSolver {

  private final RadialGrid grid;
  private final double offDiagonal;
  private final double c;
  /** Forward-elimination multipliers of the Thomas algorithm, one per interior point. */
  private final double[] pivot;
  private final double[] work;

  /** @param mu the meson mass in fm^-1 (m c^2 / hbar c), >= 0 */
  KleinGordonSolver(RadialGrid grid, double mu) {
    this.grid = grid;
    double h2 = grid.h * grid.h;
    c = h2 * mu * mu / 12.0;
    offDiagonal = 1.0 - c;
    double diagonal = -(2.0 + 10.0 * c);
    pivot = new double[grid.n];
    work = new double[grid.n + 1];
    pivot[1] = diagonal;
    for (int i = 2; i < grid.n; i++) {
      pivot[i] = diagonal - offDiagonal * offDiagonal / pivot[i - 1];
    }
  }

  /**
   * Writes phi on the mesh into {@code phi}.
   *
   * @param source s(r) on the mesh (its value at r = 0 is not used)
   * @param edgeValue {@code u(R) = R phi(R)}: 0 for massive mesons, the enclosed charge term for the
   *     Coulomb potential
   */
  void solve(double[] source, double edgeValue, double[] phi) {
    int n = grid.n;
    double[] r = grid.r;
    double k = -grid.h * grid.h / 12.0;
    double[] d = work;
    // right-hand side of the Numerov rows, eliminated forward in the same pass
    for (int i = 1; i < n; i++) {
      double f0 = r[i - 1] * source[i - 1];
      double rhs = k * (r[i + 1] * source[i + 1] + 10.0 * r[i] * source[i] + f0);
      if (i == n - 1) {
        rhs -= offDiagonal * edgeValue;
      }
      d[i] = i == 1 ? rhs : rhs - offDiagonal * d[i - 1] / pivot[i - 1];
    }
    // back substitution gives u (the edge value already sits in the last right-hand side)
    double next = 0.0;
    phi[n] = edgeValue / r[n];
    for (int i = n - 1; i >= 1; i--) {
      double u = (d[i] - offDiagonal * next) / pivot[i];
      phi[i] = u / r[i];
      next = u;
    }
    phi[0] = RadialGrid.evenOrigin(phi[1], phi[2], phi[3]);
  }
}

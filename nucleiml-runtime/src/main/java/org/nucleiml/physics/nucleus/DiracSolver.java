package org.nucleiml.physics.nucleus;

import org.nucleiml.physics.PhysicalConstants;

/**
 * Bound states of the radial Dirac equation of one nucleon species in a scalar potential S and a
 * vector potential V (MeV), for the upper and lower radial components G, F and energy eps = E - m:
 * <pre>
 *   G' = -(kappa/r) G + (eps + 2m - S - V)/hbar c F
 *   F' =  (kappa/r) F - (eps - V + S)/hbar c G
 * </pre>
 * Shooting with fourth-order Runge-Kutta on the uniform mesh, outward from the regular series at
 * r = 0 and inward from the decaying asymptotic solution at the box edge, matched at the outer
 * classical turning point. The state with n - 1 nodes of G is selected by node counting (bisection)
 * and refined by Newton steps whose derivative is the wave function's norm. Not thread-safe: one
 * instance per solve.
 */
final class DiracSolver {

  private static final double HBAR_C = PhysicalConstants.HBAR_C;
  /**
   * Newton steps stop below this energy change, fm^-1 (1e-9 MeV). Looser values leave the wave
   * functions noisy enough (relative error ~ step / level spacing) to stall the self-consistency
   * below 1e-6 MeV.
   */
  private static final double ENERGY_TOLERANCE = 5e-12;
  private static final int MAX_STEPS = 200;

  private final RadialGrid grid;
  /** {@code (2m - S - V)/hbar c} and {@code (V - S)/hbar c} at mesh points and half points, fm^-1. */
  private final double[] aFull;
  private final double[] bFull;
  private final double[] aHalf;
  private final double[] bHalf;
  private final int firstMatchIndex;
  /** The Newton stop of the current step, fm^-1: {@link #ENERGY_TOLERANCE} or looser. */
  private double newtonTolerance = ENERGY_TOLERANCE;
  private double reducedMass;
  private double bottom;
  private double top;
  private final RungeKutta rk;

  DiracSolver(RadialGrid grid) {
    this.grid = grid;
    aFull = new double[grid.n + 1];
    bFull = new double[grid.n + 1];
    aHalf = new double[grid.n];
    bHalf = new double[grid.n];
    firstMatchIndex = Math.max(4, (int) Math.round(1.0 / grid.h));
    rk = new RungeKutta(grid, aFull, bFull, aHalf, bHalf);
  }

  /** Sets the potentials S and V (MeV, on the mesh) and the nucleon mass. */
  void setPotentials(double[] s, double[] v, double mass) {
    reducedMass = mass / HBAR_C;
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= grid.n; i++) {
      aFull[i] = (2 * mass - s[i] - v[i]) / HBAR_C;
      bFull[i] = (v[i] - s[i]) / HBAR_C;
      lowest = Math.min(lowest, bFull[i]);
    }
    grid.toHalfPoints(aFull, aHalf);
    grid.toHalfPoints(bFull, bHalf);
    bottom = lowest - 50.0 / HBAR_C;
    top = bFull[grid.n] - 1e-6 / HBAR_C;
  }

  /**
   * Refines levels only to this accuracy, MeV (never tighter than the default 1e-9 MeV): a step
   * far from self-consistency needs its levels only to a fraction of its field change.
   */
  void setAccuracy(double accuracyMeV) {
    newtonTolerance = Math.max(ENERGY_TOLERANCE, accuracyMeV / HBAR_C);
  }

  /** The highest energy a bound state can have (the potential at the box edge), MeV. */
  double topMeV() {
    return top * HBAR_C;
  }

  /** Number of states of this kappa below the energy (hard-wall count, G = 0 at the box edge). */
  int countBelow(int kappa, double energyMeV) {
    return rk.outwardNodes(kappa, Math.min(energyMeV, topMeV()) / HBAR_C);
  }

  /** {@link #solve(int, int, double, double, double[], double[])} without a lower bound. */
  double solve(int kappa, int n, double guessMeV, double[] g, double[] f) {
    return solve(kappa, n, guessMeV, Double.NaN, g, f);
  }

  /**
   * Finds the state (kappa, n): energy in MeV, or NaN when none is bound; on success {@code g} and
   * {@code f} hold the normalised components ({@code int (G^2 + F^2) dr = 1}).
   *
   * @param guessMeV a starting energy, e.g. the previous iteration's, or NaN
   * @param belowMeV an energy known to lie below the level (the level n - 1 of this kappa), or NaN
   */
  double solve(int kappa, int n, double guessMeV, double belowMeV, double[] g, double[] f) {
    double lo = belowMeV / HBAR_C > bottom ? belowMeV / HBAR_C : bottom;
    double hi = top;
    double e = guessMeV / HBAR_C;
    if (!(e > lo && e < hi)) {
      e = 0.5 * (lo + hi);
    }
    int wantedNodes = n - 1;
    int l = new DiracLevel(kappa, n).l();
    double centrifugal = l * (l + 1) / (2 * reducedMass);
    for (int step = 0; step < MAX_STEPS; step++) {
      int match = matchIndex(e, centrifugal);
      if (match < 0) {
        // no classically allowed region: below every level of this kappa
        lo = e;
        e = 0.5 * (lo + hi);
        continue;
      }
      int nodes = rk.shoot(kappa, e, match, g, f);
      if (nodes != wantedNodes) {
        if (nodes > wantedNodes) {
          hi = e;
        } else {
          lo = e;
        }
        e = 0.5 * (lo + hi);
        if (hi - lo < ENERGY_TOLERANCE) {
          return Double.NaN;
        }
        continue;
      }
      double delta = rk.newtonCorrection();
      if (Math.abs(delta) < newtonTolerance) {
        rk.normalise(g, f);
        return (e + delta) * HBAR_C;
      }
      if (delta > 0) {
        lo = e;
      } else {
        hi = e;
      }
      double next = e + delta;
      e = next > lo && next < hi ? next : 0.5 * (lo + hi);
    }
    return Double.NaN;
  }

  /**
   * The mesh index just outside the outermost classical turning point of the nonrelativistic
   * effective potential {@code V - S + l(l+1)/(2 m r^2)}, kept off both ends; -1 when the energy
   * is below that potential everywhere.
   */
  private int matchIndex(double e, double centrifugal) {
    int i = grid.n - 2;
    while (i > 0 && e < bFull[i] + centrifugal * grid.invR[i] * grid.invR[i]) {
      i--;
    }
    if (i == 0) {
      return -1;
    }
    return Math.min(grid.n - 4, Math.max(firstMatchIndex, i + 1));
  }
}

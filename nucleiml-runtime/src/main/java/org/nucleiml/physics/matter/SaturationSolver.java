package org.nucleiml.physics.matter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.PhysicalConstants;

/**
 * Forward map of infinite matter: couplings to the nuclear-matter parameters at the saturation point
 * of symmetric matter, the deepest local minimum of E/A between 0.010 and 0.400 fm^-3.
 */
public final class SaturationSolver {

  /** Scan grid of the pressure, fm^-3: 0.010, 0.012, ..., 0.400. */
  static final double SCAN_START_FM3 = 0.010;
  static final double SCAN_STEP_FM3 = 0.002;
  static final int SCAN_POINTS = 196;
  private static final double DENSITY_RELATIVE_TOLERANCE = 1e-15;
  private static final double HC3 = StrictMath.pow(PhysicalConstants.HBAR_C, 3);

  private SaturationSolver() {}

  /**
   * The NMPs of {@code c} with meson and nucleon masses {@code m}.
   *
   * @throws NoSaturationException when E/A of symmetric matter has no local minimum in the scan,
   *     or its NMPs there are unphysical (K0 <= 0 or J0 <= 0)
   */
  public static NuclearMatterParameters solve(Couplings c, ModelConstants m) {
    ReducedCouplings r = ReducedCouplings.of(c, m);
    List<SymmetricMatter> minima = minima(r);
    if (minima.isEmpty()) {
      throw new NoSaturationException(noSaturationMessage(r));
    }
    SymmetricMatter deepest = minima.stream()
        .min(Comparator.comparingDouble(SymmetricMatter::energyPerNucleon)).orElseThrow();
    try {
      return SaturationDerivatives.of(deepest);
    } catch (InvalidParameterException e) {
      // e.g. J0 <= 0 when the effective rho mass^2 is negative at saturation: the user gave
      // couplings, so say which NMP is unphysical rather than blame an input field.
      throw new NoSaturationException("symmetric matter saturates at " + deepest.rho() / HC3
          + " fm^-3, but its nuclear-matter parameters are unphysical (" + e.getMessage() + ")");
    }
  }

  /**
   * Every local minimum of E/A found by the scan, in increasing density; more than one flags an
   * equation of state with a second, shallower minimum (typically near 0.01 fm^-3).
   */
  public static List<EnergyMinimum> localMinima(Couplings c, ModelConstants m) {
    return minima(ReducedCouplings.of(c, m)).stream()
        .map(st -> new EnergyMinimum(st.rho() / HC3, st.energyPerNucleon())).toList();
  }

  /** Refines every sign change of P from < 0 to >= 0 on the scan grid; stops where fields end. */
  static List<SymmetricMatter> minima(ReducedCouplings r) {
    List<SymmetricMatter> found = new ArrayList<>();
    double rhoPrev = density(0);
    SymmetricMatter prev = SymmetricMatter.at(r, rhoPrev);
    for (int k = 1; k < SCAN_POINTS && prev != null; k++) {
      double rho = density(k);
      SymmetricMatter st = SymmetricMatter.at(r, rho);
      if (st == null) {
        break;
      }
      double pPrev = prev.pressure();
      double p = st.pressure();
      if (pPrev < 0 && p >= 0) {
        double rho0 = BrentRoot.solve(x -> pressure(r, x), rhoPrev, rho, pPrev, p, 0,
            DENSITY_RELATIVE_TOLERANCE);
        found.add(SymmetricMatter.at(r, rho0));
      }
      prev = st;
      rhoPrev = rho;
    }
    return found;
  }

  private static double density(int k) {
    return (SCAN_START_FM3 + SCAN_STEP_FM3 * k) * HC3;
  }

  private static double pressure(ReducedCouplings r, double rho) {
    SymmetricMatter st = SymmetricMatter.at(r, rho);
    return st == null ? Double.NaN : st.pressure();
  }

  private static String noSaturationMessage(ReducedCouplings r) {
    String range = String.format(java.util.Locale.ROOT, "%.3f to %.3f", SCAN_START_FM3,
        SCAN_START_FM3 + SCAN_STEP_FM3 * (SCAN_POINTS - 1));
    if (SymmetricMatter.at(r, density(0)) == null) {
      return "symmetric matter does not saturate: the meson fields have no solution at "
          + SCAN_START_FM3 + " fm^-3";
    }
    return "symmetric matter does not saturate: E/A has no minimum (the pressure never crosses zero"
        + " from below) between " + range + " fm^-3";
  }
}

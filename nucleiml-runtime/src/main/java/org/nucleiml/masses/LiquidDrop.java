package org.nucleiml.masses;

import org.nucleiml.InvalidParameterException;

/**
 * The liquid-drop energy of the huang study [S003 Eqs. (3)-(4), (9), (10)] with the coefficients of
 * WS* (PRC 82, 044304 (2010), Table I) or WS4 (PLB 734, 215 (2014), Table I):
 * E_LD = a_v A + a_s A^(2/3) + a_c Z² A^(−1/3) (1 − c Z^(−2/3)) + a_sym I² A + a_pair A^(−1/3) δ_np,
 * a_sym = c_sym [1 − κ A^(−1/3) + ξ (2 − |I|)/(2 + |I| A)], I = (N − Z)/A. E_LD is an energy
 * (negative); B_LD = −E_LD. WS4's surface factor, I² pairing terms and Wigner term are left out,
 * as in [S003] (a Choice of the spec).
 *
 * @param id {@code ws-star} or {@code ws4}
 * @param av volume coefficient a_v, MeV
 * @param as surface coefficient a_s, MeV
 * @param ac Coulomb coefficient a_c, MeV
 * @param csym symmetry coefficient c_sym, MeV
 * @param kappa κ of a_sym
 * @param xi ξ of a_sym
 * @param apair pairing coefficient a_pair, MeV
 * @param g1 deformation coefficient g_1 of b_k
 * @param g2 deformation coefficient g_2 of b_k
 * @param coulombC c in the Coulomb factor (1 − c Z^(−2/3))
 */
public record LiquidDrop(String id, double av, double as, double ac, double csym, double kappa,
    double xi, double apair, double g1, double g2, double coulombC) {

  /** WS* coefficients (huang Method II), c = 1. */
  public static final LiquidDrop WS_STAR = new LiquidDrop("ws-star", -15.6223, 18.0571, 0.7194,
      29.1563, 1.3484, 1.0, -5.4423, 0.00895, -0.4632, 1.0);

  /** WS4 coefficients (huang Method III), c = 0.76. */
  public static final LiquidDrop WS4 = new LiquidDrop("ws4", -15.5181, 17.4090, 0.7092,
      30.1594, 1.5189, 1.2230, -5.8166, 0.01046, -0.5069, 0.76);

  /** The coefficients of {@code ws-star} or {@code ws4}. */
  public static LiquidDrop named(String name, String id) {
    return switch (id == null ? "" : id.trim()) {
      case "ws-star" -> WS_STAR;
      case "ws4" -> WS4;
      default -> throw new InvalidParameterException(name, id, "ws-star or ws4");
    };
  }

  /** E_LD(Z, N) in MeV (negative for bound nuclei), spherical. */
  public double energyMeV(int z, int n) {
    double a = z + n;
    double a13 = StrictMath.cbrt(a);
    double i = (n - z) / a;
    double absI = Math.abs(i);
    double asym = csym * (1 - kappa / a13 + xi * (2 - absI) / (2 + absI * a));
    return av * a + as * a13 * a13 + ac * coulombShape(z, n, coulombC) + asym * i * i * a
        + apair / a13 * pairing(z, n);
  }

  /** B_LD = −E_LD, MeV. */
  public double bindingEnergyMeV(int z, int n) {
    return -energyMeV(z, n);
  }

  /** Z² A^(−1/3) (1 − c Z^(−2/3)): the Coulomb energy without its coefficient. */
  public static double coulombShape(int z, int n, double c) {
    double a13 = StrictMath.cbrt(z + n);
    double z23 = StrictMath.cbrt((double) z * z);
    return (double) z * z / a13 * (1 - c / z23);
  }

  /**
   * δ_np [S003 Eq. (10)], the WS pairing term: 2 − |I| (Z, N even); |I| (both odd);
   * 1 − |I| (N even, Z odd, N > Z, or N odd, Z even, N < Z); 1 (N even, Z odd, N < Z, or N odd,
   * Z even, N > Z). An odd-A nucleus never has N = Z, so the cases are exhaustive.
   */
  public static double pairing(int z, int n) {
    double absI = Math.abs((double) (n - z) / (z + n));
    boolean zEven = z % 2 == 0;
    boolean nEven = n % 2 == 0;
    if (zEven && nEven) {
      return 2 - absI;
    }
    if (!zEven && !nEven) {
      return absI;
    }
    boolean reduced = (nEven && n > z) || (!nEven && n < z);
    return reduced ? 1 - absI : 1;
  }

  /** b_k = (k/2) g_1 A^(1/3) + (k/2)² g_2 A^(−1/3) [S003 Eq. (8)]. */
  public double b(int k, int a) {
    double a13 = StrictMath.cbrt(a);
    double h = k / 2.0;
    return h * g1 * a13 + h * h * g2 / a13;
  }

  /** The huang {@code def} feature from β₂, β₄, β₆. */
  public double deformation(int a, double beta2, double beta4, double beta6, DeformationForm form) {
    return form.combine(b(2, a) * beta2 * beta2, b(4, a) * beta4 * beta4, b(6, a) * beta6 * beta6);
  }
}

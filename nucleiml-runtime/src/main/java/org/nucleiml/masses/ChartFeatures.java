package org.nucleiml.masses;

import static org.nucleiml.masses.ShellStructure.Nucleon.NEUTRON;
import static org.nucleiml.masses.ShellStructure.Nucleon.PROTON;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * The input feature sets of the mass studies, unscaled, in the papers' order (sections 2.5, 3.3,
 * 4.3 and 5.3 of the spec). Scaling belongs to the trainer.
 */
public enum ChartFeatures {

  /** huang Method I (12): Z, A, A^(2/3), E_C/a_c (c = 1), I²A, |I|, A^(−1/3), V_p, V_n, δ (ee, oo), A^(−1/2). */
  HUANG_I("huang-I", List.of("Z", "A", "A23", "EC", "I2A", "absI", "Am13", "Vp", "Vn", "delta_ee",
      "delta_oo", "Am12")),
  /** huang Method II (13): Method I without A^(−1/2), plus g_1 A^(1/3), g_2 A^(−1/3) with WS* g's. */
  HUANG_II("huang-II", List.of("Z", "A", "A23", "EC", "I2A", "absI", "Am13", "Vp", "Vn", "delta_ee",
      "delta_oo", "g1A13", "g2Am13")),
  /** huang Method III (11): Coulomb with c = 0.76, scalar δ_np, and {@code def} last. */
  HUANG_III("huang-III", List.of("Z", "A", "A23", "EC", "I2A", "absI", "Am13", "Vp", "Vn", "delta_np",
      "def")),
  /** mumpower (8): Z, N, A, Z mod 2, N mod 2, V_p, V_n (nearest shell), (N − Z)/A. */
  MUMPOWER("mumpower", List.of("Z", "N", "A", "Z_eo", "N_eo", "Vp", "Vn", "P_asym")),
  /** yang X1 (Z, N, Z_v, N_v, Z_h, N_h) then X2 (Z_s, N_s, S, Z_p, N_p, P). */
  YANG_X("yang-x", List.of("Z", "N", "Zv", "Nv", "Zh", "Nh", "Zs", "Ns", "S", "Zp", "Np", "P"));

  private final String id;
  private final List<String> columns;

  ChartFeatures(String id, List<String> columns) {
    this.id = id;
    this.columns = columns;
  }

  /** The set's id, e.g. {@code huang-III}. */
  public String id() {
    return id;
  }

  /** Feature names in order. */
  public List<String> columns() {
    return columns;
  }

  /** Whether the set needs a deformation table. */
  public boolean needsDeformations() {
    return this == HUANG_III;
  }

  /** Parses a set id (case-insensitive). */
  public static ChartFeatures parse(String name, String text) {
    String t = text == null ? "" : text.trim();
    for (ChartFeatures f : values()) {
      if (f.id.equalsIgnoreCase(t)) {
        return f;
      }
    }
    throw new InvalidParameterException(name, text, "huang-I, huang-II, huang-III, mumpower or yang-x");
  }

  /**
   * The features of nucleus (Z, N).
   *
   * @param deformations β source for {@code def}; may be null for every other set
   */
  public double[] compute(int z, int n, Deformations deformations) {
    int a = z + n;
    double i = (double) (n - z) / a;
    double a13 = StrictMath.cbrt(a);
    return switch (this) {
      case HUANG_I, HUANG_II, HUANG_III -> huang(z, n, a, i, a13, deformations);
      case MUMPOWER -> new double[] {z, n, a, z % 2, n % 2,
          ShellStructure.MUMPOWER.valence(PROTON, z), ShellStructure.MUMPOWER.valence(NEUTRON, n), i};
      case YANG_X -> yang(z, n);
    };
  }

  private double[] huang(int z, int n, int a, double i, double a13, Deformations deformations) {
    ShellStructure shells = ShellStructure.HUANG;
    double coulombC = this == HUANG_III ? LiquidDrop.WS4.coulombC() : 1.0;
    double[] common = {z, a, a13 * a13, LiquidDrop.coulombShape(z, n, coulombC), i * i * a, Math.abs(i),
        1 / a13, shells.valence(PROTON, z), shells.valence(NEUTRON, n)};
    double ee = z % 2 == 0 && n % 2 == 0 ? 1 : 0;
    double oo = z % 2 == 1 && n % 2 == 1 ? 1 : 0;
    double[] tail = switch (this) {
      case HUANG_I -> new double[] {ee, oo, 1 / StrictMath.sqrt(a)};
      case HUANG_II -> new double[] {ee, oo, LiquidDrop.WS_STAR.g1() * a13, LiquidDrop.WS_STAR.g2() / a13};
      default -> {
        if (deformations == null) {
          throw new InvalidParameterException("deformationTable", "none",
              "a WS4 table for the def feature of " + id);
        }
        yield new double[] {LiquidDrop.pairing(z, n), deformations.def(z, n)};
      }
    };
    double[] out = new double[common.length + tail.length];
    System.arraycopy(common, 0, out, 0, common.length);
    System.arraycopy(tail, 0, out, common.length, tail.length);
    return out;
  }

  private static double[] yang(int z, int n) {
    ShellStructure s = ShellStructure.YANG;
    int dp = s.distance(PROTON, z);
    int dn = s.distance(NEUTRON, n);
    // S = d_p d_n / (d_p + d_n), and 0 at a doubly closed shell (a Choice: 0/0 in [S002 Eq. (2)]).
    double promiscuity = dp + dn == 0 ? 0 : (double) dp * dn / (dp + dn);
    double parity = ((z % 2 == 0 ? 1 : -1) + (n % 2 == 0 ? 1 : -1)) / 2.0;
    return new double[] {z, n, s.shellValence(PROTON, z), s.shellValence(NEUTRON, n),
        s.shellHoles(PROTON, z), s.shellHoles(NEUTRON, n), s.shellIndex(PROTON, z),
        s.shellIndex(NEUTRON, n), promiscuity, z % 2, n % 2, parity};
  }
}

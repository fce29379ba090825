package org.nucleiml.physics.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/** Tests for {@link SkewnessFamily}: the closed-form Q0(t) against the forward map. */
class SkewnessFamilyTest {

  @Test
  void testQ0_equalsForwardSkewnessOfTheFamilyMember() {
    // Every member of the family has the NMPs rho0, E0, K0, m*/m of FSUGold; its Q0 from the
    // forward map (scan, Brent, Section 4.2 derivatives) must equal the closed form.
    ReferenceSet fsu = ReferenceSets.named("FSUGold");
    ModelConstants m = fsu.constants();
    SkewnessFamily f = new SkewnessFamily(fsu.nmp(), m.nucleonMass());
    for (double t : new double[] {0.0, 0.1, 0.3, 0.6}) {
      double[] s = f.scalarCouplings(t);
      double gs = m.mSigma() / Math.sqrt(s[0]);
      Couplings c = new Couplings(gs, m.mOmega() / Math.sqrt(f.aW(t)), fsu.couplings().gRho(),
          s[1] * gs * gs * gs, s[2] * gs * gs * gs * gs, f.c(t), 0);
      NuclearMatterParameters p = SaturationSolver.solve(c, m);
      assertEquals(fsu.nmp().rho0(), p.rho0(), 1e-12, "rho0 t=" + t);
      assertEquals(fsu.nmp().k0(), p.k0(), 1e-8, "K0 t=" + t);
      assertEquals(p.q0(), f.q0(t), 1e-7, "Q0 t=" + t);
    }
  }

  @Test
  void testQ0Grid_equalsPointwiseQ0() {
    SkewnessFamily f = new SkewnessFamily(NmpBox.point(3, 0), 939);
    double step = Math.min(1, f.tK()) / 400;
    double[] grid = new double[400];
    f.q0Grid(step, grid);
    for (int k = 0; k < grid.length; k++) {
      double q = f.q0(step * k);
      assertEquals(q, grid[k], 1e-12 * (1 + Math.abs(q)), "k=" + k);
    }
  }
}

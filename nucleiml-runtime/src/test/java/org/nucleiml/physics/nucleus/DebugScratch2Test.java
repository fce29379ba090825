package org.nucleiml.physics.nucleus;

import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

class DebugScratch2Test {
  @Test
  void testDebug() {
    ReferenceSet set = ReferenceSets.named("TM1");
    Nucleus nuc = Nucleus.parse("132Sn");
    NucleusSolution s = new RmfSolver(SolverSettings.DEFAULT).solve(nuc, set.couplings(), set.constants());
    MeanFields mf = s.fields();
    double[] S = mf.scalarPotentialMeV(), W = mf.omegaPotentialMeV(), R = mf.rhoPotentialMeV();
    double[] V = new double[S.length];
    for (int i = 0; i < S.length; i++) V[i] = W[i] - 0.5 * R[i];
    RadialGrid grid = new RadialGrid(0.1, (S.length - 1) * 0.1);
    DiracSolver d = new DiracSolver(grid);
    d.setPotentials(S, V, 938);
    double[] g = new double[S.length], f = new double[S.length];
    
    for (int kappa : new int[] {3, -4, 2, -1, 1}) {
      for (double e = -60; e < 0; e += 2) System.out.print(d.countBelow(kappa, e) + " ");
      System.out.println();
      for (double guess : new double[] {-40, -30, -25, -24.37, -24, -20, -10, -1}) System.out.print(" g" + guess + "->" + d.solve(kappa, 1, guess, g, f));
      System.out.println();
      System.out.println("kappa " + kappa + " n1 " + d.solve(kappa, 1, Double.NaN, g, f) + " n2 " + d.solve(kappa, 2, Double.NaN, g, f));
    }
  }
}

package org.nucleiml.physics.nucleus;

import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

class DebugScratchTest {
  @Test
  void testDebug() {
    ReferenceSet set = ReferenceSets.named(System.getenv().getOrDefault("SET", "NL3"));
    Nucleus nuc = Nucleus.parse(System.getenv().getOrDefault("NUC", "16O"));
    NucleusSolution s = new RmfSolver(SolverSettings.DEFAULT).solve(nuc, set.couplings(), set.constants());
    System.out.println(s.converged() + " " + s.reason() + " it=" + s.iterations() + " BE=" + s.bindingEnergyMeV() + " Rch=" + s.chargeRadiusFm());
    for (SingleParticleLevel l : s.levels()) System.out.println(l);
    double[] S = s.fields().scalarPotentialMeV(), W = s.fields().omegaPotentialMeV(), R = s.fields().rhoPotentialMeV(), C = s.fields().coulombPotentialMeV();
    for (int i = 0; i < S.length; i += 10) System.out.printf("r=%5.2f S=%9.3f W=%9.3f R=%8.3f Vc=%8.3f%n", i*0.1, S[i], W[i], R[i], C[i]);
  }
}

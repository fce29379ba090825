package org.nucleiml.physics.nucleus;

import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

class DebugScratch3Test {
  @Test
  void testDebug() {
    for (String name : System.getenv().getOrDefault("SETS", "NL3").split(",")) {
      ReferenceSet set = ReferenceSets.named(name);
      for (String nuc : System.getenv().getOrDefault("NUCS", "116Sn,144Sm").split(",")) {
        long t0 = System.nanoTime();
        NucleusSolution s = new RmfSolver(SolverSettings.DEFAULT).solve(Nucleus.parse(nuc), set.couplings(), set.constants());
        System.out.printf("%s %s conv=%s %s it=%d BE=%.4f Rch=%.4f Rp=%.4f Rn=%.4f  %.1f ms%n", name, nuc, s.converged(), s.reason(), s.iterations(), s.bindingEnergyMeV(), s.chargeRadiusFm(), s.protonRadiusFm(), s.neutronRadiusFm(), (System.nanoTime()-t0)/1e6);
        if (System.getenv("LEVELS") != null) for (SingleParticleLevel l : s.levels()) System.out.println("   " + l);
      }
    }
  }
}

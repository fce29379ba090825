package org.nucleiml.physics.nucleus;

import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

class DebugScratch3Test {
  @Test
  void testDebug() {
    for (String name : new String[] {"NL3", "TM1"}) {
      ReferenceSet set = ReferenceSets.named(name);
      MeanFieldScheme sc = new MeanFieldScheme(Nucleus.parse("132Sn"), set.couplings(), set.constants(), SolverSettings.DEFAULT);
      double[] x = new double[sc.fieldLength()];
      sc.coldStart(x);
      int n = sc.mesons.size;
      for (int i = 0; i < n; i += 20) System.out.printf("%s r=%5.2f S=%9.3f W=%9.3f R=%8.3f Vc=%8.3f%n", name, i*0.1, x[i], x[n+i], x[2*n+i], x[3*n+i]);
    }
  }
}

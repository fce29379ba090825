package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/**
 * Robustness on perturbed couplings (each coupling of a reference set scaled by a seeded factor in
 * [0.95, 1.05]) and on deliberately unphysical ones: every solve ends, converged with finite
 * observables or with a reason and NaN observables; never an exception.
 */
class RobustnessTest {

  @Test
  void testSolve_perturbedReferenceCouplingsConvergeOrGiveReason() {
    SplittableRandom random = new SplittableRandom(20250404L);
    RmfSolver solver = new RmfSolver(SolverSettings.DEFAULT);
    int converged = 0;
    int total = 0;
    for (ReferenceSet set : ReferenceSets.all().subList(0, 4)) {
      for (int k = 0; k < 3; k++) {
        Couplings c = perturbed(set.couplings(), random, 0.05);
        for (Nucleus nucleus : List.of(Nucleus.parse("40Ca"), Nucleus.parse("208Pb"))) {
          NucleusSolution s = solver.solve(nucleus, c, set.constants());
          assertSane(s);
          converged += s.converged() ? 1 : 0;
          total++;
        }
      }
    }
    System.out.printf("perturbed couplings: %d of %d converged%n", converged, total);
    assertTrue(converged >= total / 2, converged + " of " + total);
  }

  @Test
  void testSolve_unphysicalCouplingsGiveReasonNotException() {
    RmfSolver solver = new RmfSolver(SolverSettings.DEFAULT.withMaxIterations(200));
    ReferenceSet nl3 = ReferenceSets.named("NL3");
    Couplings c = nl3.couplings();
    List<Couplings> odd = List.of(
        // sigma far too strong: M* collapses
        new Couplings(3 * c.gSigma(), c.gOmega(), c.gRho(), 0, 0, 0, 0),
        // omega far too strong: nothing is bound
        new Couplings(c.gSigma(), 3 * c.gOmega(), c.gRho(), c.aMeV(), c.b(), c.c(), c.lambdaV()),
        // wrong sign of A (the convention trap of the nuclear-matter note)
        new Couplings(c.gSigma(), c.gOmega(), c.gRho(), -c.aMeV(), c.b(), c.c(), c.lambdaV()));
    for (Couplings couplings : odd) {
      NucleusSolution s = solver.solve(Nucleus.parse("40Ca"), couplings, nl3.constants());
      assertSane(s);
      assertTrue(!s.converged() || s.bindingEnergyMeV() < 0 || s.bindingEnergyMeV() > 0);
    }
  }

  private static void assertSane(NucleusSolution s) {
    if (s.converged()) {
      assertEquals(null, s.reason());
      assertTrue(Double.isFinite(s.bindingEnergyMeV()) && Double.isFinite(s.chargeRadiusFm()));
    } else {
      assertTrue(s.reason() != null);
      assertTrue(Double.isNaN(s.bindingEnergyMeV()));
    }
  }

  static Couplings perturbed(Couplings c, SplittableRandom random, double spread) {
    return new Couplings(c.gSigma() * factor(random, spread), c.gOmega() * factor(random, spread),
        c.gRho() * factor(random, spread), c.aMeV() * factor(random, spread),
        c.b() * factor(random, spread), c.c() * factor(random, spread),
        c.lambdaV() * factor(random, spread));
  }

  private static double factor(SplittableRandom random, double spread) {
    return 1 + spread * (2 * random.nextDouble() - 1);
  }
}

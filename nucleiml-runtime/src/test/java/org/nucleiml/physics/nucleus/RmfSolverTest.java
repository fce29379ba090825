package org.nucleiml.physics.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/** Tests for {@link RmfSolver}: conservation laws, numerical convergence, determinism. */
class RmfSolverTest {

  private static final ReferenceSet NL3 = ReferenceSets.named("NL3");
  private static final Nucleus PB208 = Nucleus.parse("208Pb");
  private static final Nucleus CA40 = Nucleus.parse("40Ca");

  @Test
  void testSolve_densitiesIntegrateToParticleNumbers() {
    for (String name : List.of("48Ca", "116Sn", "144Sm")) {
      Nucleus nucleus = Nucleus.parse(name);
      MeanFieldScheme scheme = new MeanFieldScheme(nucleus, NL3.couplings(), NL3.constants(),
          SolverSettings.DEFAULT);
      double[] x = new double[scheme.fieldLength()];
      scheme.coldStart(x);
      assertTrue(new SelfConsistentIteration(scheme, SolverSettings.DEFAULT).run(x, null).converged());
      assertEquals(nucleus.z(), scheme.grid.volumeIntegral(scheme.densities.proton), 1e-6, name);
      assertEquals(nucleus.n(), scheme.grid.volumeIntegral(scheme.densities.neutron), 1e-6, name);
    }
  }

  /** Halving h = 0.15 fm changes BE by about 1e-5 relative (RK4 and Numerov: error ~ h^4). */
  @Test
  void testSolve_halvingTheMeshStepChangesBindingEnergyBelow2e4() {
    for (Nucleus nucleus : List.of(CA40, PB208)) {
      double coarse = solve(nucleus, SolverSettings.DEFAULT).bindingEnergyMeV();
      double fine = solve(nucleus, SolverSettings.DEFAULT.withMeshStep(SolverSettings.DEFAULT.meshStepFm() / 2)).bindingEnergyMeV();
      System.out.printf("mesh %s: BE(h) %.5f BE(h/2) %.5f rel %.2e%n", nucleus, coarse,
          fine, (coarse - fine) / fine);
      assertEquals(fine, coarse, 2e-4 * fine, nucleus.name());
    }
  }

  @Test
  void testSolve_doublingTheBoxChangesBindingEnergyBelow2e4() {
    for (Nucleus nucleus : List.of(CA40, PB208)) {
      SolverSettings settings = SolverSettings.DEFAULT;
      double box = settings.boxRadiusFm(nucleus.a());
      double normal = solve(nucleus, settings).bindingEnergyMeV();
      double doubled = solve(nucleus, settings.withBoxRadius(2 * box)).bindingEnergyMeV();
      System.out.printf("box %s: BE(R=%.1f) %.5f BE(R=%.1f) %.5f rel %.2e%n", nucleus, box,
          normal, 2 * box, doubled, (normal - doubled) / doubled);
      assertEquals(doubled, normal, 2e-4 * doubled, nucleus.name());
    }
  }

  @Test
  void testSolve_resultsDoNotDependOnThreadCount() throws Exception {
    List<Nucleus> nuclei = List.of(Nucleus.parse("16O"), CA40, Nucleus.parse("48Ca"),
        Nucleus.parse("116Sn"));
    List<NucleusSolution> serial = new ArrayList<>();
    for (Nucleus n : nuclei) {
      serial.add(solve(n, SolverSettings.DEFAULT));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<NucleusSolution>> futures = new ArrayList<>();
      for (Nucleus n : nuclei) {
        futures.add(pool.submit(() -> solve(n, SolverSettings.DEFAULT)));
      }
      for (int i = 0; i < nuclei.size(); i++) {
        NucleusSolution p = futures.get(i).get();
        assertEquals(serial.get(i).bindingEnergyMeV(), p.bindingEnergyMeV(), 0.0);
        assertEquals(serial.get(i).chargeRadiusFm(), p.chargeRadiusFm(), 0.0);
        assertEquals(serial.get(i).iterations(), p.iterations());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void testSolve_warmStartReachesSameSolutionInFewerIterations() {
    RmfSolver solver = new RmfSolver(SolverSettings.DEFAULT);
    NucleusSolution cold = solver.solve(PB208, NL3.couplings(), NL3.constants());
    var c = NL3.couplings();
    var nearby = new org.nucleiml.physics.Couplings(c.gSigma() * 1.01, c.gOmega() * 1.01,
        c.gRho(), c.aMeV(), c.b(), c.c(), c.lambdaV());
    NucleusSolution nearbyCold = solver.solve(PB208, nearby, NL3.constants());
    NucleusSolution warm = solver.solve(PB208, nearby, NL3.constants(), cold);
    assertTrue(warm.converged());
    assertEquals(nearbyCold.bindingEnergyMeV(), warm.bindingEnergyMeV(),
        1e-6 * nearbyCold.bindingEnergyMeV());
    assertTrue(warm.iterations() < nearbyCold.iterations(),
        warm.iterations() + " vs " + nearbyCold.iterations());
  }

  @Test
  void testSolve_reportsObservablesConsistently() {
    NucleusSolution s = solve(Nucleus.parse("48Ca"), SolverSettings.DEFAULT);
    assertEquals(s.neutronRadiusFm() - s.protonRadiusFm(), s.skinFm(), 1e-12);
    double rm2 = (20 * s.protonRadiusFm() * s.protonRadiusFm()
        + 28 * s.neutronRadiusFm() * s.neutronRadiusFm()) / 48;
    assertEquals(Math.sqrt(rm2), s.matterRadiusFm(), 1e-9);
    double occupied = s.levels().stream()
        .mapToDouble(l -> l.occupation() * l.level().degeneracy()).sum();
    assertEquals(48, occupied, 1e-9);
  }

  @Test
  void testConstructor_nullSettingsRejected() {
    assertThrows(InvalidParameterException.class, () -> new RmfSolver(null));
    RmfSolver solver = new RmfSolver(SolverSettings.DEFAULT);
    assertThrows(InvalidParameterException.class,
        () -> solver.solve(null, NL3.couplings(), NL3.constants()));
  }

  private static NucleusSolution solve(Nucleus nucleus, SolverSettings settings) {
    NucleusSolution s = new RmfSolver(settings).solve(nucleus, NL3.couplings(), NL3.constants());
    assertTrue(s.converged(), nucleus + " " + s.reason());
    return s;
  }
}

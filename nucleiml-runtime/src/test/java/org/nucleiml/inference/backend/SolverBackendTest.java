package org.nucleiml.inference.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.data.Threshold;
import org.nucleiml.inference.Constraint;
import org.nucleiml.inference.Observable;
import org.nucleiml.inference.PosteriorConfig;
import org.nucleiml.inference.PosteriorResult;
import org.nucleiml.inference.PosteriorRun;
import org.nucleiml.inference.Prediction;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.inference.Target;
import org.nucleiml.inference.UniformPrior;
import org.nucleiml.inference.WalkerState;
import org.nucleiml.inference.mcmc.StopRule;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.nucleus.NucleusSolution;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.SolverSettings;
import org.nucleiml.reference.ReferenceSets;
import org.junit.jupiter.api.Test;

/** Tests for {@link SolverBackend} with the real RMF solver. */
class SolverBackendTest {

  private static final ReferenceSets.ReferenceSet FSU = ReferenceSets.named("FSUGold");
  private static final Nucleus O16 = Nucleus.parse("16O");
  private static final Nucleus CA40 = Nucleus.parse("40Ca");
  private static final List<Target> TARGETS = List.of(new Target(O16, Observable.BINDING_ENERGY),
      new Target(CA40, Observable.CHARGE_RADIUS), new Target(O16, Observable.CHARGE_RADIUS));

  private static SolverBackend backend() {
    return new SolverBackend(SolverSettings.DEFAULT, FSU.constants(), Threshold.STUDY);
  }

  @Test
  void testEvaluate_fsuGoldIsAdmissibleWithTheDirectSolversValues() {
    double[] point = FSU.nmp().toArray();
    WalkerState state = new WalkerState(0);
    Prediction p = backend().evaluate(TARGETS, new double[][] {point}, new WalkerState[] {state})[0];
    RmfSolver solver = new RmfSolver(SolverSettings.DEFAULT);
    var couplings = CouplingInverter.invert(FSU.nmp(), FSU.constants()).couplings();
    NucleusSolution o = solver.solve(O16, couplings, FSU.constants());
    NucleusSolution ca = solver.solve(CA40, couplings, FSU.constants());
    assertEquals(1.0, p.admissibility());
    // the walker's first evaluation is a cold start, so it matches the direct solve exactly
    assertArrayEquals(new double[] {o.bindingEnergyMeV(), ca.chargeRadiusFm(), o.chargeRadiusFm()}, p.values());
    NucleusSolution[] warm = assertInstanceOf(NucleusSolution[].class, state.data());
    assertEquals(O16, warm[0].nucleus());
    assertEquals(CA40, warm[1].nucleus());
  }

  @Test
  void testEvaluate_warmStartAtANearbyPointAgreesWithAColdSolve() {
    WalkerState state = new WalkerState(0);
    SolverBackend backend = backend();
    double[] point = FSU.nmp().toArray();
    backend.evaluate(TARGETS, new double[][] {point}, new WalkerState[] {state});
    double[] moved = point.clone();
    moved[6] += 2;   // L0 + 2 MeV
    Prediction warm = backend.evaluate(TARGETS, new double[][] {moved}, new WalkerState[] {state})[0];
    Prediction cold = backend.evaluate(TARGETS, new double[][] {moved}, new WalkerState[] {new WalkerState(1)})[0];
    assertEquals(1.0, warm.admissibility());
    for (int t = 0; t < TARGETS.size(); t++) {
      // both meet the solver's tolerance, so they agree far below the 2% likelihood width
      assertEquals(cold.values()[t], warm.values()[t], 1e-4 * cold.values()[t], TARGETS.get(t).toString());
    }
  }

  @Test
  void testEvaluate_pointWithoutCouplingsIsInadmissible() {
    // study.md Appendix B: no couplings (Q0 too low)
    double[] appendixB = {0.1482, -15.789, 205.889, -1374.928, 0.581, 20.326, 29.328};
    WalkerState state = new WalkerState(0);
    Prediction p = SolverBackend.study().evaluate(TARGETS, new double[][] {appendixB}, new WalkerState[] {state})[0];
    assertEquals(0.0, p.admissibility());
    assertTrue(Double.isNaN(p.values()[0]));
  }

  @Test
  void testEvaluate_resultOutsideTheThresholdIsInadmissible() {
    // the same converged solution judged against a 0.01% threshold must fail it
    SolverBackend strict = new SolverBackend(SolverSettings.DEFAULT, FSU.constants(), Threshold.relative(1e-4));
    Prediction p = strict.evaluate(TARGETS, new double[][] {FSU.nmp().toArray()},
        new WalkerState[] {new WalkerState(0)})[0];
    assertEquals(0.0, p.admissibility());
    assertTrue(Double.isFinite(p.values()[0]));
  }

  @Test
  void testPosteriorRun_solverChainDoesNotDependOnThreads() {
    double[] c = FSU.nmp().toArray();
    List<UniformPrior> box = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      double half = 0.01 * Math.abs(c[i]);
      box.add(new UniformPrior(c[i] - half, c[i] + half));
    }
    PosteriorConfig config = PosteriorConfig.builder("solver-threads").seed(7).walkers(16).burnIn(2)
        .checkInterval(10).stopRule(new StopRule(50, 1.01, 2000, 6))
        .prior(new ProductPrior(NuclearMatterParameters.NAMES, List.copyOf(box)))
        .constraints(List.of(Constraint.measured(O16, Observable.BINDING_ENERGY),
            Constraint.measured(O16, Observable.CHARGE_RADIUS)))
        .threads(1).build();
    PosteriorResult one = PosteriorRun.run(config, backend(), s -> { });
    PosteriorResult two = PosteriorRun.run(config.toBuilder().threads(2).build(), backend(), s -> { });
    assertArrayEquals(one.chain().points(), two.chain().points());
    assertEquals(one.acceptanceFraction(), two.acceptanceFraction());
    assertTrue(one.acceptanceFraction() > 0, "no move was accepted, the test would not see the warm starts");
  }
}

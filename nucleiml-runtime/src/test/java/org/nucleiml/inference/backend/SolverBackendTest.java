package org.nucleiml.inference.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.data.Threshold;
import org.nucleiml.inference.Constraint;
import org.nucleiml.data.Observable;
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
    // every evaluation is a cold start, so it matches the direct solve exactly
    assertArrayEquals(new double[] {o.bindingEnergyMeV(), ca.chargeRadiusFm(), o.chargeRadiusFm()}, p.values());
  }

  @Test
  void testEvaluate_answerDoesNotDependOnTheWalkersHistory() {
    // The sampler is only correct if a point's likelihood is a function of the point: evaluating it
    // after a far-away point must give exactly what a fresh walker gets.
    SolverBackend backend = backend();
    double[] point = FSU.nmp().toArray();
    double[] far = point.clone();
    far[4] -= 0.05;   // m*/m
    far[6] += 25;     // L0
    WalkerState state = new WalkerState(0);
    backend.evaluate(TARGETS, new double[][] {far}, new WalkerState[] {state});
    Prediction after = backend.evaluate(TARGETS, new double[][] {point}, new WalkerState[] {state})[0];
    Prediction fresh = backend.evaluate(TARGETS, new double[][] {point}, new WalkerState[] {new WalkerState(1)})[0];
    assertEquals(fresh.admissibility(), after.admissibility());
    assertArrayEquals(fresh.values(), after.values(), 0.0);
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
    assertTrue(one.acceptanceFraction() > 0, "no move was accepted");
  }
}

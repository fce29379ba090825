package org.nucleiml.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link PosteriorDensity}: prior, likelihood, gate and the backend contract. */
class PosteriorDensityTest {

  private static final double[] CENTRE = {0.155, -16, 225, -550, 0.65, 30, 60};

  @Test
  void testEvaluate_emulatorUncertaintyWidensEachTermWithItsNormalisation() {
    ProductPrior prior = ProductPrior.studyBox();
    GaussianLikelihood l = new GaussianLikelihood(Constraint.study(), List.of());
    AnalyticBackend analytic = new AnalyticBackend(ModelBackend.Threading.BATCHED);
    // the analytic model with a model sigma of 1% of each measured value
    ModelBackend withSigma = new ModelBackend() {
      @Override
      public String name() {
        return "analytic-with-sigma";
      }

      @Override
      public Threading threading() {
        return Threading.BATCHED;
      }

      @Override
      public boolean predictsUncertainty() {
        return true;
      }

      @Override
      public Prediction[] evaluate(List<Target> targets, double[][] points, WalkerState[] states) {
        Prediction[] p = analytic.evaluate(targets, points, states);
        for (int i = 0; i < p.length; i++) {
          double[] sigma = new double[targets.size()];
          for (int t = 0; t < sigma.length; t++) {
            sigma[t] = 0.01 * Constraint.study().get(t).value();
          }
          p[i] = new Prediction(p[i].admissibility(), p[i].values(), sigma);
        }
        return p;
      }
    };
    PosteriorDensity d = new PosteriorDensity(prior, l, withSigma, 0.5, 2, true);
    double[] out = new double[1];
    d.evaluate(new double[][] {CENTRE}, new int[] {0}, out);
    // At the centre the residuals are 0; each variance is (2%)^2 + (1%)^2 = 5e-4 of y^2.
    double norm = 0;
    for (Constraint c : Constraint.study()) {
      norm += Math.log(2 * Math.PI * 5e-4 * c.value() * c.value());
    }
    assertEquals(prior.logDensity(CENTRE) - 0.5 * norm, out[0], 1e-9);
    // without the flag the same backend's sigmas are ignored
    PosteriorDensity plain = new PosteriorDensity(prior, l, withSigma, 0.5, 2, false);
    plain.evaluate(new double[][] {CENTRE}, new int[] {0}, out);
    double plainNorm = 0;
    for (Constraint c : Constraint.study()) {
      plainNorm += Math.log(2 * Math.PI * c.sigma() * c.sigma());
    }
    assertEquals(prior.logDensity(CENTRE) - 0.5 * plainNorm, out[0], 1e-9);
  }

  @Test
  void testRun_emulatorUncertaintyNeedsABackendWithUncertainty() {
    PosteriorConfig config = PosteriorConfig.builder("u").emulatorUncertainty(true).build();
    org.nucleiml.InvalidParameterException e = assertThrows(org.nucleiml.InvalidParameterException.class,
        () -> PosteriorRun.checkUncertainty(config, new AnalyticBackend(ModelBackend.Threading.BATCHED)));
    assertEquals("emulatorUncertainty", e.parameter());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("ensembleSize >= 2"), e.getMessage());
  }

  @Test
  void testEvaluate_priorPlusLikelihoodAtCentre() {
    ProductPrior prior = ProductPrior.studyBox();
    GaussianLikelihood l = new GaussianLikelihood(Constraint.study(), List.of());
    PosteriorDensity d = new PosteriorDensity(prior, l, new AnalyticBackend(ModelBackend.Threading.BATCHED), 0.5, 2);
    double[] out = new double[1];
    d.evaluate(new double[][] {CENTRE}, new int[] {1}, out);
    // At the box centre every prediction equals its measured value: chi^2 = 0.
    double norm = 0;
    for (Constraint c : Constraint.study()) {
      norm += Math.log(2 * Math.PI * c.sigma() * c.sigma());
    }
    assertEquals(prior.logDensity(CENTRE) - 0.5 * norm, out[0], 1e-9);
    assertEquals(1, d.modelEvaluations());
  }

  @Test
  void testEvaluate_gateAndPriorSupport() {
    GaussianLikelihood l = new GaussianLikelihood(Constraint.study(), List.of());
    AnalyticBackend backend = new AnalyticBackend(ModelBackend.Threading.BATCHED);
    PosteriorDensity gated = new PosteriorDensity(ProductPrior.studyBox(), l, backend, 0.5, 4);
    PosteriorDensity open = new PosteriorDensity(ProductPrior.studyBox(), l, backend, 0.0, 4);
    double[] inadmissible = CENTRE.clone();
    inadmissible[3] = 100; // the test backend calls Q0 > 0 non-admissible
    double[] outside = CENTRE.clone();
    outside[6] = 150;
    double[] out = new double[3];
    gated.evaluate(new double[][] {CENTRE, inadmissible, outside}, new int[] {0, 1, 2}, out);
    assertEquals(Double.NEGATIVE_INFINITY, out[1]);
    assertEquals(Double.NEGATIVE_INFINITY, out[2]);
    assertEquals(2, gated.modelEvaluations(), "points outside the prior never reach the backend");
    double[] free = new double[1];
    open.evaluate(new double[][] {inadmissible}, new int[] {1}, free);
    assertEquals(out[0], free[0], 1e-9, "without the gate Q0 does not enter the likelihood");
  }

  @Test
  void testEvaluate_rejectsBackendWithWrongShape() {
    ModelBackend broken = new ModelBackend() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Threading threading() {
        return Threading.BATCHED;
      }

      @Override
      public Prediction[] evaluate(List<Target> targets, double[][] points, WalkerState[] states) {
        return new Prediction[] {new Prediction(1, new double[] {1})};
      }
    };
    PosteriorDensity d = new PosteriorDensity(ProductPrior.studyBox(),
        new GaussianLikelihood(Constraint.study(), List.of()), broken, 0.5, 2);
    assertThrows(IllegalStateException.class, () -> d.evaluate(new double[][] {CENTRE}, new int[] {0}, new double[1]));
    assertThrows(IllegalStateException.class,
        () -> d.evaluate(new double[][] {CENTRE, CENTRE}, new int[] {0, 1}, new double[2]));
  }
}

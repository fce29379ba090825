package org.nucleiml.emulator.massmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nucleiml.emulator.FeatureScaler;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.FeedForwardNetwork;

class SensitivityTest {

  /**
   * A network with linear hidden layers is an affine map y = c + g·x, so |∂y/∂x_j| = |g_j| on every row,
   * and g_j = y(e_j) − y(0) exactly: an oracle independent of the parameter layout and of the difference step.
   */
  @Test
  void linearNetworkGivesTheAbsoluteGradientInScaledInputs() {
    int[] sizes = {3, 4, 2, 2};
    double[] p = new double[FeedForwardNetwork.parameterCount(sizes)];
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < p.length; i++) {
      p[i] = r.nextDouble(-1, 1);
    }
    FeedForwardNetwork net = new FeedForwardNetwork(sizes, List.of(Activation.LINEAR, Activation.LINEAR), p);
    TrainedMassModel model = new TrainedMassModel(MassModelDefinition.huangCi("lin", List.of(4, 2), 1),
        List.of("a", "b", "c"), List.of("y0", "y1"), new InputScaling(List.of(0.0, 10.0, -1.0), List.of(2.0, 20.0, 1.0)),
        new FeatureScaler(List.of(0.0, 0.0), List.of(1.0, 1.0)), List.of(net), List.of(new LearningCurve(List.of(), 0, false)));
    double[][] rows = {{0.5, 12, 0.3}, {1.7, 19, -0.8}, {1.0, 15, 0.0}};
    double[] zero = new double[2];
    net.forward(new double[3], 0, zero, 0, net.newScratch());
    double[] g = new double[3];
    double sum = 0;
    for (int j = 0; j < 3; j++) {
      double[] e = new double[3];
      e[j] = 1;
      double[] y = new double[2];
      net.forward(e, 0, y, 0, net.newScratch());
      g[j] = Math.abs(y[1] - zero[1]);
      sum += g[j];
    }
    double[] raw = Sensitivity.raw(model, rows, 1);
    double[] norm = Sensitivity.normalised(model, rows, 1);
    for (int j = 0; j < 3; j++) {
      assertEquals(g[j], raw[j], 1e-8 * (1 + g[j]), "S_" + j);
      assertEquals(g[j] / sum, norm[j], 1e-8, "S_" + j + " normalised");
    }
  }
}

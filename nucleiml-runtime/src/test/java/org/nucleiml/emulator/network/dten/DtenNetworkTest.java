package org.nucleiml.emulator.network.dten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.layers.Conv1d;
import org.nucleiml.emulator.network.layers.Layer;
import org.nucleiml.emulator.network.layers.MaxPool1d;

/** Tests for {@link DtenNetwork} and {@link DtenPasses}. */
class DtenNetworkTest {

  @Test
  void testTableI_hasThePapersParameterCount() {
    // [S002] §II: 1,173,281 weights and biases (BatchNorm without affine parameters).
    DtenNetwork network = new DtenNetwork(DtenArchitecture.tableI());
    assertEquals(1_173_281, network.parameterCount());
    assertEquals(1024, network.concatWidth());
    assertEquals(256, network.counts().outputSize());
    assertEquals(512, network.densities().outputSize());
  }

  @Test
  void testTableI_convolutionShapesFollowTableI() {
    // [S002] Table I, C_3: 32x150, 32x75, 64x75, 64x25, 128x25, 128x8, 256x8, 256x2, 512x1.
    List<String> shapes = new ArrayList<>();
    for (Layer l : new DtenNetwork(DtenArchitecture.tableI()).densities().layers()) {
      if (l instanceof Conv1d c) {
        shapes.add(c.outChannels() + "x" + c.outputLength());
      } else if (l instanceof MaxPool1d m) {
        shapes.add(m.channels() + "x" + m.outputLength());
      }
    }
    assertEquals(List.of("32x150", "32x75", "64x75", "64x25", "128x25", "128x8", "256x8", "256x2", "512x1"), shapes);
  }

  @Test
  void testLite_parameterCountIsTheHalvedWidthsCount() {
    // Independently: cells 2 x (6*16+16 + 16*32+32 + 32*64+64 + 64*128+128); convolutions 6->16 k3,
    // 16->32 k3, 32->64 k3, 64->128 k3, 128->256 k2; head 512->256->128->64->16->1.
    int cells = 2 * (6 * 16 + 16 + 16 * 32 + 32 + 32 * 64 + 64 + 64 * 128 + 128);
    int conv = 6 * 16 * 3 + 16 + 16 * 32 * 3 + 32 + 32 * 64 * 3 + 64 + 64 * 128 * 3 + 128 + 128 * 256 * 2 + 256;
    int head = 512 * 256 + 256 + 256 * 128 + 128 + 128 * 64 + 64 + 64 * 16 + 16 + 16 + 1;
    DtenNetwork lite = new DtenNetwork(DtenArchitecture.lite());
    assertEquals(cells + conv + head, lite.parameterCount());
    assertEquals(512, lite.concatWidth());
  }

  @Test
  void testTorchDefaultInitialisation_boundsAreOneOverRootFanIn() {
    DtenNetwork network = new DtenNetwork(DtenArchitecture.tableI());
    double[] p = network.initialise(Seeds.random(1, 0));
    // The first head layer (fan-in 1024) starts right after C_3; bound 1/32.
    int from = network.head().offset();
    double max = 0;
    for (int j = from; j < from + 1024 * 512 + 512; j++) {
      max = Math.max(max, Math.abs(p[j]));
    }
    assertTrue(max <= 1.0 / 32 && max > 0.99 / 32, "max |w| " + max);
  }

  @Test
  void testArchitecture_rejectsMismatchedConvolutionLists() {
    assertThrows(InvalidParameterException.class, () -> new DtenArchitecture(6, 6, 6, 150, List.of(32),
        List.of(32, 64), List.of(3), List.of(1, 1), List.of(2), List.of(8), 0.01, 0.1, 1e-5));
    // 150 radii cannot pass six pools of 4.
    assertThrows(InvalidParameterException.class, () -> new DtenNetwork(new DtenArchitecture(6, 6, 6, 20,
        List.of(8), List.of(4, 4, 4, 4), List.of(3, 3, 3, 3), List.of(1, 1, 1, 1), List.of(4, 4, 4), List.of(8),
        0.01, 0.1, 1e-5)));
  }

  @Test
  void testTrainingBatch_gradientMatchesFiniteDifferencesWithBatchStatistics() {
    // A whole tiny graph in training mode: 11 rows (two chunks of 8 and 3), batch-norm statistics of
    // the batch, alpha = 1 weights; every parameter checked.
    checkGradient(DtenFixtures.tiny(), DtenFixtures.synthetic(11, 9));
  }

  @Test
  void testShellOnly_hasNoDensityCellAndItsGradientMatchesFiniteDifferences() {
    // the spec's x-only ablation: C_1, C_2 and the head, rows without profiles
    DtenArchitecture a = DtenFixtures.tiny().withoutDensities();
    DtenNetwork network = new DtenNetwork(a);
    DtenNetwork full = new DtenNetwork(DtenFixtures.tiny());
    assertEquals(null, network.densities());
    assertEquals(full.counts().outputSize() + full.shells().outputSize(), network.concatWidth());
    assertEquals(full.parameterCount() - full.densities().parameterCount()
        - (full.concatWidth() - network.concatWidth()) * DtenFixtures.tiny().headWidths().get(0), network.parameterCount());
    DtenData withProfiles = DtenFixtures.synthetic(11, 9);
    DtenData raw = new DtenData(withProfiles.countFeatures(), withProfiles.shellFeatures(), new double[0],
        withProfiles.massNumbers(), withProfiles.targets());
    assertEquals(0, DtenScaling.fit(raw, a).densityMin().size());
    checkGradient(a, raw);
  }

  private static void checkGradient(DtenArchitecture a, DtenData raw) {
    DtenNetwork network = new DtenNetwork(a);
    DtenData data = DtenScaling.fit(raw, a).scale(raw, a);
    double[] weights = DtenTrainer.lossWeights(data, 1.0);
    for (int r = 0; r < weights.length; r++) {
      weights[r] /= 100; // keeps the loss O(1) so the finite difference resolves every parameter
    }
    int[] order = Seeds.permutation(11, Seeds.random(4, 0));
    double[] p = network.initialise(Seeds.random(2, 0));
    double[] g = new double[p.length];
    try (DtenPasses passes = new DtenPasses(network, 11, true, 2)) {
      double loss = passes.trainBatch(p, network.batchNorm().initialRunningStatistics(), data, weights, order, 0, 11,
          g);
      assertTrue(loss > 0);
      for (int j = 0; j < p.length; j++) {
        int k = j;
        double numeric = org.nucleiml.emulator.network.layers.LayerGradientTestAccess.difference(v -> passes
            .trainBatch(v, network.batchNorm().initialRunningStatistics(), data, weights, order, 0, 11,
                new double[v.length]) / 11, p, k);
        org.nucleiml.emulator.network.layers.LayerGradientTestAccess.assertClose(g[j], numeric, "parameter " + j);
      }
    }
  }

  @Test
  void testPredict_inferenceRowsAreIndependentOfTheBlock() {
    DtenArchitecture a = DtenFixtures.tiny();
    DtenNetwork network = new DtenNetwork(a);
    DtenData raw = DtenFixtures.synthetic(70, 3);
    DtenData data = DtenScaling.fit(raw, a).scale(raw, a);
    double[] running = network.batchNorm().initialRunningStatistics();
    DtenModel model = new DtenModel(a, network.initialise(Seeds.random(5, 0)), running);
    double[] all = model.predict(data, 2);
    double[] one = model.predict(data.select(new int[] {69}), 1);
    assertEquals(all[69], one[0], 0.0);
  }
}

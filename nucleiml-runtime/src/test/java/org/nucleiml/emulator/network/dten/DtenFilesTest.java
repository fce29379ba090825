package org.nucleiml.emulator.network.dten;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.AdamOptimizer;
import org.nucleiml.emulator.network.LearningRateSchedule;

/** Tests for {@link DtenModelFile}, {@link DtenEnsembleFile}, {@link DtenEnsemble} and {@link InverseVarianceWeights}. */
class DtenFilesTest {

  @TempDir
  Path dir;

  @Test
  void testInverseVarianceWeights_areNormalisedInverseSquares() {
    // sigma = 1 and 2: weights 1 and 1/4, normalised 0.8 and 0.2.
    assertArrayEquals(new double[] {0.8, 0.2}, InverseVarianceWeights.of(new double[] {1, 2}), 1e-15);
    assertThrows(InvalidParameterException.class, () -> InverseVarianceWeights.of(new double[] {1, 0}));
  }

  @Test
  void testEnsemble_roundTripsByteIdenticallyAndWeightsMembers() throws IOException {
    DtenData train = DtenFixtures.synthetic(60, 11);
    DtenData validation = DtenFixtures.synthetic(20, 12);
    DtenPlan plan = new DtenPlan(DtenFixtures.tiny(), 1.0, 32, new LearningRateSchedule.Plateau(3e-3, 3, 0.1, 1e-8,
        true), 4, AdamOptimizer.TORCH_EPSILON, 5L, 1);
    DtenMember m0 = DtenMember.train(plan, 0, train, validation, e -> { });
    DtenMember m1 = DtenMember.train(plan, 1, train, validation, e -> { });
    DtenEnsemble ensemble = new DtenEnsemble(List.of(m0, m1));
    DtenEnsembleFile.write(ensemble, dir);
    DtenEnsemble back = DtenEnsembleFile.read(dir, 2);
    assertArrayEquals(DtenModelFile.encode(m1), DtenModelFile.encode(back.members().get(1)));
    assertArrayEquals(Files.readAllBytes(dir.resolve(DtenEnsembleFile.NAME)),
        DtenEnsembleFile.encode(back, List.of(DtenModelFile.encode(back.members().get(0)),
            DtenModelFile.encode(back.members().get(1)))));
    // The ensemble's prediction is the weighted sum of the members' (in member order).
    double[] w = ensemble.weights();
    double[] b0 = m0.bindingEnergies(validation, 1);
    double[] b1 = m1.bindingEnergies(validation, 1);
    double[] b = back.bindingEnergies(validation, 1);
    for (int r = 0; r < b.length; r++) {
      assertEquals(w[0] * b0[r] + w[1] * b1[r], b[r], 0.0);
    }
    assertEquals(1 / (m0.validationRmsMeV() * m0.validationRmsMeV()) / (1 / (m0.validationRmsMeV()
        * m0.validationRmsMeV()) + 1 / (m1.validationRmsMeV() * m1.validationRmsMeV())), w[0], 1e-15);
  }

  @Test
  void testEnsembleRead_rejectsAnAlteredMember() throws IOException {
    DtenData train = DtenFixtures.synthetic(40, 13);
    DtenPlan plan = new DtenPlan(DtenFixtures.tiny(), 1.0, 32, new LearningRateSchedule.Plateau(3e-3, 3, 0.1, 1e-8,
        true), 2, AdamOptimizer.TORCH_EPSILON, 5L, 1);
    DtenEnsembleFile.write(new DtenEnsemble(List.of(DtenMember.train(plan, 0, train, train, e -> { }))), dir);
    Path member = dir.resolve(DtenEnsembleFile.memberFileName(0));
    Files.writeString(member, Files.readString(member).replace("\"keptEpoch\"", "\"keptEpoch\" "));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> DtenEnsembleFile.read(dir, 1));
    assertEquals(true, e.getMessage().contains("member-0.json"), e.getMessage());
  }
}

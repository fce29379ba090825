package org.nucleiml.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.data.SampleTable;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A training split with one class (small data sets once the exact pre-filter removed the
 * no-couplings rows) must still give a two-class admissibility model.
 */
class EmulatorSingleClassTest {

  @TempDir Path dir;

  @Test
  void testTrain_validationClassAbsentFromTrainingKeepsBothLabelsAndFavoursTheSeenOne() {
    NeuralClassificationTrainer trainer = new NeuralClassificationTrainer(1e-2, 16, 60, 60, 7L, 1)
        .withArchitecture(new int[] {8}, 5).withLabelDomain(new TreeSet<>(SampleTable.LABELS));
    NeuralClassificationModel model = (NeuralClassificationModel) trainer.train(data(40, "admissible"),
        mixed(), Map.of(), e -> { });
    assertEquals(new TreeSet<>(SampleTable.LABELS), new TreeSet<>(model.classNames()));
    double p = model.predict(data(1, "admissible").getExample(0)).getOutputScores().get("admissible").getScore();
    assertTrue(p > 0.9, "admissible probability " + p);
  }

  @Test
  void testRun_onlyAdmissibleRowsLeftAfterThePrefilterStillTrainsAndScores() throws IOException {
    Path all = SyntheticSamples.write(dir.resolve("all.csv"), 200, 23L);
    Path data = dir.resolve("samples.csv");
    // Keep admissible and no-couplings rows: the pre-filter removes the latter from training.
    Files.write(data, Files.readAllLines(all).stream().filter(l -> l.startsWith("sample_id")
        || l.endsWith(",admissible,") || l.endsWith(",no-couplings,no-couplings")).toList());
    NetworkConfig c = new NetworkConfig(List.of(16), 3e-3, 32, 10, 10, 5);
    NetworkConfig r = new NetworkConfig(List.of(16), 3e-3, 64, 4, 4, 5);
    TrainingConfig config = TrainingConfig.defaults(data, dir.resolve("emulator")).withNetworks(c, r)
        .withExtras(null, List.of(), nmp -> !SyntheticSamples.label4(nmp.toArray(), 8, 8).equals("no-couplings"));
    TrainingReport report = EmulatorTraining.run(config, s -> { });
    assertEquals(1.0, report.classifier().accuracy());
    Emulator emulator = Emulator.load(report.output()).withCouplingFilter(config.hasCouplings());
    NuclearMatterParameters nmp = new NuclearMatterParameters(0.155, -16.1, 230, -300, 0.65, 32, 60);
    assertTrue(emulator.predict(nmp, Nucleus.parse("40Ca")).admissibleProbability() > 0.9);
  }

  /** Validation rows: mostly admissible, and one of the class the training split lacks. */
  private static MutableDataset<Label> mixed() {
    MutableDataset<Label> data = data(30, "admissible");
    data.add(data(1, "non-admissible").getExample(0));
    return data;
  }

  private static MutableDataset<Label> data(int rows, String label) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("rows", factory), factory);
    SplittableRandom random = new SplittableRandom(rows);
    for (int i = 0; i < rows; i++) {
      data.add(new ArrayExample<>(new Label(label), new String[] {"a", "b"},
          new double[] {random.nextDouble(), random.nextDouble()}));
    }
    return data;
  }
}

package org.nucleiml.emulator.massmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.RelationPenalty;
import org.nucleiml.masses.ChartDataset;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.NucleiTable;
import org.nucleiml.masses.Selection;
import org.nucleiml.masses.TableSource;

/**
 * An MDN of M members (a deep ensemble) against M one-network models trained from the members' seeds:
 * the members are exactly those networks, the prediction is their equal-weight mixture computed here
 * independently, the file keeps every member, and neither the thread count nor M = 1 changes a byte.
 */
class MdnMembersTest {

  @TempDir static Path tmp;
  private static MdnMassData data;

  @BeforeAll
  static void data() throws Exception {
    DatasetConfig c = DatasetConfig.builder().massTable("ame2016").selection(Selection.MUMPOWER)
        .target("mass_excess").featureSet("mumpower").split("fixedCount(450)").build();
    Map<String, TableSource.LoadedTable> tables = new LinkedHashMap<>();
    for (String id : ChartDataset.requiredTables(c)) {
      tables.put(id, c.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().load());
    }
    ChartDataset d = ChartDataset.build(c, tables);
    data = MdnMassData.of(ChartFeatures.MUMPOWER, new NucleiTable(d.featureColumns(), d.rows()));
  }

  private static MdnDefinition definition(long seed, int members) {
    return new MdnDefinition("piml", List.of(8, 8), Activation.TANH, 1, 1e-8, 0,
        new LearningRateSchedule.Constant(1e-2), 10, Initialisation.TORCH_DEFAULT, seed, 42.2,
        RelationPenalty.Reduction.MEAN_ABS, "zscore", 0, members);
  }

  @Test
  void membersAreTheSeedsNetworksAndPredictAsTheirMixture() throws Exception {
    TrainedMdnModel three = MdnMassTrainer.train(definition(42, 3), data, 2, 5, (k, p) -> { });
    TrainedMdnModel threeOnOne = MdnMassTrainer.train(definition(42, 3), data, 1, 5, (k, p) -> { });
    assertArrayEquals(MdnModelFile.encode(three), MdnModelFile.encode(threeOnOne), "threads change nothing");

    TrainedMdnModel[] single = new TrainedMdnModel[3];
    long[] seeds = {42, Seeds.derive(42, 1), Seeds.derive(42, 2)};
    for (int k = 0; k < 3; k++) {
      single[k] = MdnMassTrainer.train(definition(seeds[k], 1), data, 1, 5, (m, p) -> { });
      assertEquals(seeds[k], three.members().get(k).seed());
      assertArrayEquals(single[k].members().get(0).network().parameters(),
          three.members().get(k).network().parameters(), "member " + k);
    }
    assertNotEquals(single[0].predict(60, 84).excessMeV(), single[1].predict(60, 84).excessMeV());
    // M = 1 is the one-network model, file and all
    assertArrayEquals(MdnModelFile.encode(single[0]),
        MdnModelFile.encode(MdnMassTrainer.train(definition(42, 1), data, 2, 5, (k, p) -> { })));

    Path file = tmp.resolve("piml.model.json");
    MdnModelFile.write(three, file);
    TrainedMdnModel read = MdnModelFile.read(file);
    assertTrue(Files.readString(file).contains("\"version\" : 2"));
    for (int[] zn : new int[][] {{60, 84}, {20, 16}, {82, 126}, {110, 160}}) {
      double mean = 0;
      for (TrainedMdnModel s : single) {
        mean += s.predict(zn[0], zn[1]).excessMeV() / 3;
      }
      double variance = 0;
      for (TrainedMdnModel s : single) {
        TrainedMdnModel.Prediction p = s.predict(zn[0], zn[1]);
        variance += (p.sigmaMeV() * p.sigmaMeV() + (p.excessMeV() - mean) * (p.excessMeV() - mean)) / 3;
      }
      TrainedMdnModel.Prediction p = three.predict(zn[0], zn[1]);
      assertEquals(mean, p.excessMeV(), 1e-9, "mixture mean at " + zn[0] + "," + zn[1]);
      assertEquals(Math.sqrt(variance), p.sigmaMeV(), 1e-9, "mixture sigma at " + zn[0] + "," + zn[1]);
      assertEquals(p, read.predict(zn[0], zn[1]), "the file holds every member");
    }
  }

  @Test
  void aBadMemberCountIsNamed() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> definition(42, 0));
    assertTrue(e.getMessage().contains("models[piml].members"), e.getMessage());
  }
}

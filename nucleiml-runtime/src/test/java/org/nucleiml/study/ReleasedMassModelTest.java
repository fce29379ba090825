package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cli.NmlCommand;
import org.nucleiml.emulator.DeterministicZip;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.Selection;
import org.nucleiml.study.config.MassModelEntry;

/** A released mass model read back by a consumer (nml:predict-masses) answers what training wrote. */
class ReleasedMassModelTest {

  @TempDir static Path tmp;
  private static Path dataset;
  private static Path models;
  private static List<MassModelEntry> entries;

  @BeforeAll
  static void release() throws Exception {
    dataset = tmp.resolve("slice");
    new DatasetStep(DatasetConfig.builder().selection(new Selection(20, true, 20, true, 30, true, 100.0))
        .featureSet("huang-I").featureSet("huang-III").baseline("ws4").split("random(0.2, 0.1)")
        .outputDirectory(dataset).build(), s -> { }).run(Optional.empty());
    entries = List.of(MassModelEntry.parse("id=S-I,dataset=" + dataset + ",featureSet=huang-I,hidden=8/4,epochs=30"),
        MassModelEntry.parse("id=S-III,dataset=" + dataset + ",featureSet=huang-III,hidden=8/4,epochs=30"));
    models = tmp.resolve("models");
    new MassTrainStep(entries, models, 21, 21, 1, s -> { }).run(Optional.empty());
  }

  @Test
  void answersTheMassTableInsideItsDomainAndTheNetworkOutside() throws Exception {
    ReleasedMassModel release = ReleasedMassModel.load(models.resolve(MassTrainStep.ZIP));
    assertEquals(List.of("S-I", "S-III"), release.modelIds());
    List<String> table = Files.readAllLines(models.resolve(MassTrainStep.MASS_TABLE));
    assertEquals(table.size() - 1, release.tableNuclei().size());
    String fe = table.stream().filter(l -> l.startsWith("26,30,")).findFirst().orElseThrow();
    ReleasedMassModel.Prediction p = release.predict("S-III", 26, 30);
    assertTrue(p.fromTable());
    assertEquals(Double.parseDouble(fe.split(",")[5]), p.bindingEnergyMeV(), 0.0);
    // spec 2.2 golden value (independent): B_LD(WS4 coefficients) of 56Fe = 494.0842 MeV
    assertEquals(494.0842, p.liquidDropMeV(), 1e-4);
    assertEquals(p.bindingEnergyMeV(), p.liquidDropMeV() + p.residualMeV(), 1e-9);
    assertEquals(Double.parseDouble(fe.split(",")[3]), release.ws4BindingEnergyMeV(26, 30).getAsDouble(), 0.0);
    assertTrue(Double.isNaN(release.predict("S-I", 26, 30).liquidDropMeV()));
    // 40Ca (Z = N = 20) is below the table's domain: the network answers
    ReleasedMassModel.Prediction ca = release.predict("S-III", 20, 20);
    assertFalse(ca.fromTable());
    assertEquals(ca.liquidDropMeV() + ca.residualMeV(), ca.bindingEnergyMeV(), 1e-9);
    // the directory reads the same as the zip
    assertEquals(p, ReleasedMassModel.load(models).predict("S-III", 26, 30));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> release.predict("A-III", 26, 30));
    assertTrue(e.getMessage().contains("A-III") && e.getMessage().contains("S-III"), e.getMessage());
  }

  @Test
  void aReleaseWhoseTableDoesNotMatchItsNetworksIsRejected() throws Exception {
    Map<String, byte[]> files = new TreeMap<>(DeterministicZip.read(models.resolve(MassTrainStep.ZIP)));
    String table = new String(files.get(MassTrainStep.MASS_TABLE), StandardCharsets.UTF_8);
    String fe = table.lines().filter(l -> l.startsWith("26,30,")).findFirst().orElseThrow();
    String[] f = fe.split(",");
    f[5] = String.format(java.util.Locale.ROOT, "%.6f", Double.parseDouble(f[5]) + 0.001);
    files.put(MassTrainStep.MASS_TABLE, table.replace(fe, String.join(",", f)).getBytes(StandardCharsets.UTF_8));
    Path bad = tmp.resolve("bad.zip");
    Files.write(bad, DeterministicZip.of(files));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> ReleasedMassModel.load(bad));
    assertTrue(e.getMessage().contains("Z = 26, N = 30"), e.getMessage());
  }

  @Test
  void scoresOnADataSetAsValidationDoesAndGates() throws Exception {
    Path validation = tmp.resolve("validation");
    new MassValidateStep(entries, models, validation, List.of(), s -> { }).run();
    Path out = tmp.resolve("predictions");
    ReleasedMassModel release = ReleasedMassModel.load(models.resolve(MassTrainStep.ZIP));
    GateFailedException failure = new MassPredictStep(release, dataset, List.of(new Nuclide(50, 82)), out,
        List.of(MassGate.parse("maxRmsKeV[S-III@test]=1"), MassGate.parse("maxRmsKeV[ws4@all]=400")), s -> { }).run();
    JsonNode scores = new ObjectMapper().readTree(out.resolve(MassPredictStep.JSON_FILE).toFile());
    JsonNode validated = new ObjectMapper().readTree(validation.resolve(MassValidateStep.JSON_FILE).toFile());
    // two paths to the same numbers: validation evaluates nuclei.csv's features, the release its table
    for (String set : List.of("train", "test", "all")) {
      assertEquals(validated.at("/models/1/sets/" + set + "/rms_keV").asDouble(),
          scores.at("/models/S-III/" + set + "/rms_keV").asDouble(), 0.0, set);
      assertEquals(validated.at("/models/1/sets/" + set + "/ws4/rms_keV").asDouble(),
          scores.at("/models/S-III/" + set + "/ws4/rms_keV").asDouble(), 0.0, set);
    }
    assertNotNull(failure);
    assertEquals(1, failure.report().size(), failure.getMessage());
    assertTrue(failure.report().get(0).startsWith("maxRmsKeV[S-III@test]: required <= 1 keV"), failure.getMessage());
    List<String> csv = Files.readAllLines(out.resolve(MassPredictStep.PREDICTIONS));
    assertEquals("Z,N,A,set,B_exp_MeV,B_ws4_MeV,B_S-I_MeV,B_S-III_MeV", csv.get(0));
    assertTrue(csv.get(1).startsWith("50,82,132,listed,,"), csv.get(1));

    // the command: listed nuclei only, and exit code 3 for a missed gate on a data set
    Path cli = tmp.resolve("cli");
    assertEquals(0, NmlCommand.commandLine().execute("predict-masses", "--mass-model",
        models.resolve(MassTrainStep.ZIP).toString(), "--nuclei", "132Sn,208Pb", "--output", cli.toString()));
    assertEquals(3, Files.readAllLines(cli.resolve(MassPredictStep.PREDICTIONS)).size());
    assertEquals(3, NmlCommand.commandLine().execute("predict-masses", "--mass-model", models.toString(),
        "--dataset", dataset.toString(), "--gate", "maxRmsKeV[S-I@test]=1", "--output", cli.toString()));
  }
}

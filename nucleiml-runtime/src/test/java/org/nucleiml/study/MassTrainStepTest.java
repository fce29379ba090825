package org.nucleiml.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.cli.NmlCommand;
import org.nucleiml.cluster.MemberOutputs;
import org.nucleiml.emulator.DeterministicZip;
import org.nucleiml.files.ContentHash;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Selection;
import org.nucleiml.study.config.MassModelEntry;
import org.nucleiml.emulator.network.LearningRateSchedule;

class MassTrainStepTest {

  @TempDir static Path tmp;
  private static Path small;
  private static Path caseA;

  @BeforeAll
  static void datasets() throws Exception {
    small = tmp.resolve("small");
    new DatasetStep(DatasetConfig.builder().selection(new Selection(20, true, 20, true, 30, true, 100.0))
        .featureSet("huang-I").featureSet("huang-III").baseline("ws4").split("random(0.2, 0.1)").outputDirectory(small)
        .build(), s -> { }).run(Optional.empty());
    caseA = tmp.resolve("caseA");
    new DatasetStep(DatasetConfig.builder().selection(Selection.HUANG).featureSet("huang-III").baseline("ws4")
        .split("random(0.2, 0.1)").expectedCount("selected", 2150).outputDirectory(caseA).build(), s -> { })
        .run(Optional.empty());
  }

  private static List<MassModelEntry> smallModels() {
    return List.of(MassModelEntry.parse("id=S-I,dataset=" + small + ",featureSet=huang-I,hidden=8/4,epochs=40"),
        MassModelEntry.parse("id=S-III,dataset=" + small + ",featureSet=huang-III,hidden=8/4,epochs=40"));
  }

  @Test
  void sameModelsMassTableAndZipOnOneAndTwoThreadsAndUpToDateAfter() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    List<String> log = new ArrayList<>();
    assertEquals(StepRunner.Outcome.RAN, new MassTrainStep(smallModels(), one, 21, 21, 1, log::add).run(Optional.empty()));
    assertEquals(StepRunner.Outcome.RAN, new MassTrainStep(smallModels(), two, 21, 21, 2, log::add).run(Optional.empty()));
    for (String f : List.of("S-I.model.json", "S-III.model.json", "S-I.curve.csv", MassTrainStep.MASS_TABLE,
        MassTrainStep.INDEX, MassTrainStep.ZIP)) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
    }
    assertEquals(List.of("S-I.model.json", "S-III.model.json", MassTrainStep.INDEX,
        MassTrainStep.MASS_TABLE).stream().sorted().toList(),
        List.copyOf(DeterministicZip.read(one.resolve(MassTrainStep.ZIP)).keySet()));
    // run facts only in run-info.json, which is not among the outputs
    assertFalse(Files.readString(one.resolve(MassTrainStep.INDEX)).contains(one.toString()));
    assertTrue(Files.readString(one.resolve(MassTrainStep.RUN_INFO)).contains("\"threads\" : 1"));
    assertEquals(StepRunner.Outcome.UP_TO_DATE,
        new MassTrainStep(smallModels(), one, 21, 21, 2, log::add).run(Optional.empty()));

    // the mass table covers the WS4 range Z, N >= 21 and reproduces the model on a training nucleus
    List<String> table = Files.readAllLines(one.resolve(MassTrainStep.MASS_TABLE));
    assertEquals("Z,N,A,B_ws4_MeV,B_S-I_MeV,B_S-III_MeV", table.get(0));
    assertTrue(table.size() > 5000, "rows: " + table.size());
    assertTrue(table.stream().skip(1).allMatch(l -> Integer.parseInt(l.split(",")[0]) >= 21
        && Integer.parseInt(l.split(",")[1]) >= 21));
    // 56Fe: Z = 26, N = 30, B = 492.26 MeV; even 40 epochs of a tiny network land within a few MeV on the residual
    String fe = table.stream().filter(l -> l.startsWith("26,30,")).findFirst().orElseThrow();
    double b = Double.parseDouble(fe.split(",")[5]);
    assertEquals(492.26, b, 5.0, fe);
  }

  /**
   * What the Slurm engine runs, without Slurm: every model as its own {@code nml train-masses --member i}
   * (a task), then {@code --merge-from} (the merge job). Every output has the SHA-256 of the local run's.
   */
  @Test
  void modelsTrainedAsMembersAndMerged_equalTheLocalRunByteForByte() throws Exception {
    Path local = tmp.resolve("members-local");
    new MassTrainStep(smallModels(), local, 21, 21, 1, s -> { }).run(Optional.empty());
    List<String> models = new ArrayList<>();
    for (MassModelEntry m : smallModels()) {
      assertEquals(m, MassModelEntry.parse(m.option()), "the task must be given exactly this model");
      models.addAll(List.of("--model", m.option()));
    }
    Path members = tmp.resolve("members");
    Path merged = tmp.resolve("members-merged");
    for (int i = 0; i < 2; i++) {
      List<String> task = new ArrayList<>(List.of("train-masses"));
      task.addAll(models);
      task.addAll(List.of("--member", "" + i, "--members-dir", members.toString(), "--threads", "2",
          "--output", merged.toString()));
      assertEquals(0, NmlCommand.commandLine().execute(task.toArray(String[]::new)));
    }
    assertFalse(Files.exists(merged.resolve(MassTrainStep.ZIP)), "a task writes only its member directory");
    List<String> merge = new ArrayList<>(List.of("train-masses"));
    merge.addAll(models);
    merge.addAll(List.of("--merge-from", members.toString(), "--output", merged.toString()));
    assertEquals(0, NmlCommand.commandLine().execute(merge.toArray(String[]::new)));
    for (String f : List.of("S-I.model.json", "S-III.model.json", "S-I.curve.csv", "S-III.curve.csv",
        MassTrainStep.MASS_TABLE, MassTrainStep.INDEX, MassTrainStep.ZIP)) {
      assertEquals(ContentHash.of(local.resolve(f)), ContentHash.of(merged.resolve(f)), f);
    }
    List<String> log = new ArrayList<>();
    assertEquals(StepRunner.Outcome.UP_TO_DATE, new MassTrainStep(smallModels(), merged, 21, 21, 1, log::add)
        .run(Optional.empty()));

    // a finished member is not trained again; an altered one is not joined, and the merge names it
    new MassTrainStep(smallModels(), merged, 21, 21, 1, log::add).trainMember(1, new MemberOutputs(members));
    assertTrue(log.get(log.size() - 1).startsWith("nml:train-masses model S-III is up to date"), log.toString());
    Path model = members.resolve("member-0").resolve("S-I.model.json");
    Files.writeString(model, Files.readString(model).replaceFirst("\\d", "7"));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new MassTrainStep(smallModels(),
        tmp.resolve("members-merged-2"), 21, 21, 1, s -> { }).merge(new MemberOutputs(members)));
    assertEquals("member 0 (model S-I)", e.parameter());
    assertEquals("member", assertThrows(InvalidParameterException.class, () -> new MassTrainStep(smallModels(),
        merged, 21, 21, 1, s -> { }).trainMember(2, new MemberOutputs(members))).parameter());
  }

  @Test
  void validationScoresWs4AndTheLiquidDropAsMeasuredAndNamesTheMissedGate() throws Exception {
    Path models = tmp.resolve("caseA-models");
    List<MassModelEntry> entries = List.of(
        MassModelEntry.parse("id=A-III,dataset=" + caseA + ",featureSet=huang-III,hidden=8/4,epochs=20"));
    new MassTrainStep(entries, models, 21, 21, 2, s -> { }).run(Optional.empty());
    Path out = tmp.resolve("validation");
    GateFailedException failure = new MassValidateStep(entries, models, out,
        List.of(MassGate.parse("maxRmsKeV[ws4@caseA]=280"), MassGate.parse("maxRmsKeV[A-III@test]=1")), s -> { }).run();
    JsonNode json = new ObjectMapper().readTree(out.resolve(MassValidateStep.JSON_FILE).toFile());
    // spec 3.7, measured independently: WS4 vs AME2020 on the Case A set, rms 0.267 MeV; B_exp - B_LD(WS4) rms 3.427 MeV
    assertEquals(2150, json.at("/ws4_by_dataset/caseA/count").asInt());
    assertEquals(267.0, json.at("/ws4_by_dataset/caseA/rms_keV").asDouble(), 1.0);
    assertEquals(3427.0, json.at("/models/0/sets/all/liquid_drop/rms_keV").asDouble(), 1.0);
    assertEquals(430, json.at("/models/0/sets/test/count").asInt());
    assertEquals(1720, json.at("/models/0/sets/train/count").asInt());
    assertEquals(122.0, json.at("/models/0/sets/test/paper/rms_keV").asDouble());
    // the Fig. 8 points exist in WS4 up to +20 neutrons on the four chains except where the table ends
    assertTrue(json.at("/models/0/extrapolation_minus_ws4_keV").has("Z=28 N=65"), json.toString());
    assertTrue(json.at("/models/0/extrapolation_minus_ws4_keV").size() >= 10);
    assertEquals(430, json.at("/models/0/test_by_region/even-even/count").asInt()
        + json.at("/models/0/test_by_region/odd-A/count").asInt() + json.at("/models/0/test_by_region/odd-odd/count").asInt());
    assertTrue(failure != null);
    assertEquals(1, failure.report().size(), failure.getMessage());
    assertTrue(failure.report().get(0).startsWith("maxRmsKeV[A-III@test]: required <= 1 keV, measured "),
        failure.getMessage());
    assertTrue(Files.readString(out.resolve(MassValidateStep.MARKDOWN_FILE)).contains("| A-III | test | 430 |"));
    // an MDN-only metric on an fcnn model is refused by name, not scored as RMS
    InvalidParameterException refused = assertThrows(InvalidParameterException.class, () -> new MassValidateStep(
        entries, models, tmp.resolve("validation-mdn-gate"), List.of(MassGate.parse("minCoverage2Sigma[A-III@test]=0.9")),
        s -> { }).run());
    assertTrue(refused.getMessage().contains("minCoverage2Sigma") && refused.getMessage().contains("maxRmsKeV"),
        refused.getMessage());

    // the nml commands: the same model bytes, and exit code 3 for the missed gate
    String model = "id=A-III,dataset=" + caseA + ",featureSet=huang-III,hidden=8/4,epochs=20";
    Path cli = tmp.resolve("cli-models");
    assertEquals(0, org.nucleiml.cli.NmlCommand.commandLine().execute("train-masses", "--model", model,
        "--output", cli.toString(), "--threads", "1"));
    assertArrayEquals(Files.readAllBytes(models.resolve("A-III.model.json")), Files.readAllBytes(cli.resolve("A-III.model.json")));
    assertEquals(3, org.nucleiml.cli.NmlCommand.commandLine().execute("validate-masses", "--model", model,
        "--models-dir", cli.toString(), "--gate", "maxRmsKeV[A-III@test]=1", "--output", tmp.resolve("cli-v").toString()));
  }

  @Test
  void badGatesAndEntriesNameTheValue() {
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> MassGate.parse("rms[A@test]=3"));
    assertTrue(e.getMessage().contains("rms[A@test]=3"), e.getMessage());
    e = assertThrows(InvalidParameterException.class,
        () -> MassModelEntry.parse("id=X,dataset=d,featureSet=huang-II,hidden=8/4,schedule=slow,epochs=5"));
    assertTrue(e.getMessage().contains("slow"), e.getMessage());
    e = assertThrows(InvalidParameterException.class,
        () -> MassModelEntry.parse("id=X,dataset=d,featureSet=huang-I,hidden=8/4,baseline=ws4"));
    assertTrue(e.getMessage().contains("models[X].baseline"), e.getMessage());
    e = assertThrows(InvalidParameterException.class,
        () -> MassModelEntry.parse("id=X,dataset=d,featureSet=huang-III,hidden=8/4,schedule=steps:5:1e-3,epochs=5"));
    assertTrue(e.getMessage().contains("models[X].schedule") || e.getMessage().contains("learning_rate_steps"),
        e.getMessage());
  }

  @Test
  void stepsScheduleChangesTheRateAtTheGivenEpochs() {
    MassModelEntry m = MassModelEntry.parse(
        "id=X,dataset=d,featureSet=huang-III,hidden=8/4,schedule=steps:1:1e-3/90001:3e-4/120001:1e-4,epochs=145000");
    assertEquals(new LearningRateSchedule.Steps(List.of(1, 90001, 120001), List.of(1e-3, 3e-4, 1e-4)),
        m.definition().schedule());
    assertEquals(0, m.batchSize(), "an explicit schedule trains full batch like the paper's");
    assertEquals(m.definition(), MassModelEntry.parse(m.option()).definition(),
        "a Slurm task must be given exactly this schedule");
  }
}

package org.nucleiml.masses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data sets of the huang and mumpower studies: counts (spec 1.7, 3.2, 4.2), split, CSV contract. */
class ChartDatasetTest {

  @TempDir Path dir;

  static Map<String, TableSource.LoadedTable> tables(DatasetConfig c) throws IOException {
    Map<String, TableSource.LoadedTable> m = new LinkedHashMap<>();
    for (String id : ChartDataset.requiredTables(c)) {
      m.put(id, c.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().load());
    }
    return m;
  }

  static DatasetConfig caseA(Path out) {
    return DatasetConfig.builder().selection(Selection.HUANG).featureSet("huang-I").featureSet("huang-III")
        .baseline("ws4").split("random(0.2, 0.1)").outputDirectory(out).build();
  }

  @Test
  void caseASplitsTwoThousandOneHundredFiftyIntoTestValidationAndTrain() throws IOException {
    DatasetConfig c = caseA(dir);
    ChartDataset d = ChartDataset.build(c, tables(c));
    assertEquals(Map.of("selected", 2150, "test", 430, "validation", 172, "train", 1548), d.counts());
    // Residual rms of B - B_LD(WS4) over all rows: 3.427 MeV (spec 2.2).
    double rms = Math.sqrt(d.rows().stream().mapToDouble(r -> r.residualMeV() * r.residualMeV()).average().orElseThrow());
    assertEquals(3.427, rms, 1e-3);
  }

  @Test
  void theSplitIsFixedByTheSeedAndChangesWithIt() throws IOException {
    DatasetConfig c = caseA(dir);
    Map<String, TableSource.LoadedTable> t = tables(c);
    List<String> one = ChartDataset.build(c, t).rows().stream().map(NucleusRow::split).toList();
    List<String> two = ChartDataset.build(c, t).rows().stream().map(NucleusRow::split).toList();
    assertEquals(one, two);
    DatasetConfig other = DatasetConfig.builder().selection(Selection.HUANG).featureSet("huang-I")
        .split("random(0.2, 0.1)").seed(43).outputDirectory(dir).build();
    List<String> three = ChartDataset.build(other, t).rows().stream().map(NucleusRow::split).toList();
    assertTrue(!one.equals(three));
    assertEquals(430, three.stream().filter("test"::equals).count());
  }

  @Test
  void caseBTrainsOnAme2016ValuesAndTestsOnNucleiNewInAme2020() throws IOException {
    DatasetConfig c = DatasetConfig.builder().selection(Selection.HUANG).featureSet("huang-III")
        .baseline("ws4").split("byTable(train = ame2016, test = new-in:ame2016)")
        .expectedCount("train", 2090).expectedCount("test", 73).outputDirectory(dir).build();
    ChartDataset d = ChartDataset.build(c, tables(c));
    assertEquals(2090, d.counts().get("train"));
    assertEquals(73, d.counts().get("test"));
    assertTrue(d.rows().stream().filter(r -> r.split().equals("train")).allMatch(r -> r.table().equals("ame2016")));
    assertTrue(d.rows().stream().filter(r -> r.split().equals("test")).allMatch(r -> r.table().equals("ame2020")));
    // WS4 vs AME2020 on the 73 test nuclei: 296 keV (spec 3.7), from the rows' own targets.
    MassSurface ws4 = BundledTables.WS4.massExcessSurface(BundledTables.AME2020);
    double rms = Math.sqrt(d.rows().stream().filter(r -> r.split().equals("test")).mapToDouble(r -> {
      double e = ws4.bindingEnergyMeV(r.nuclide().z(), r.nuclide().n()).getAsDouble() - r.targetMeV();
      return e * e;
    }).average().orElseThrow());
    assertEquals(0.296, rms, 5e-4);
  }

  @Test
  void mumpowerTrainsOnFourHundredFiftyWithTwoEvaluationSets() throws IOException {
    DatasetConfig c = DatasetConfig.builder().massTable("ame2016").selection(Selection.MUMPOWER)
        .target("mass_excess").featureSet("mumpower").split("fixedCount(450)")
        .evaluationSet("all2020", "ame2020", null, null)
        .evaluationSet("new2020", "ame2020", null, "new-in:ame2016").outputDirectory(dir).build();
    ChartDataset d = ChartDataset.build(c, tables(c));
    assertEquals(Map.of("selected", 2213, "train", 450, "validation", 0, "test", 1763, "all2020", 2267,
        "new2020", 70), d.counts());
    assertEquals(2213 + 2267 + 70, d.rows().size());
  }

  @Test
  void aWrongExpectedCountFailsNamingTheSetExpectedAndFound() throws IOException {
    DatasetConfig c = DatasetConfig.builder().selection(Selection.HUANG).featureSet("mumpower")
        .split("random(0.2, 0.1)").expectedCount("selected", 2151).outputDirectory(dir).build();
    CountGateException e = assertThrows(CountGateException.class, () -> ChartDataset.build(c, tables(c)));
    assertEquals("nml:dataset count gate failed: count of set 'selected': expected 2151, found 2150", e.getMessage());
    assertEquals("expectedCounts", e.gate());
  }

  @Test
  void csvRoundTripsExactlyAndKeepsTheContract() throws IOException {
    DatasetConfig c = caseA(dir);
    ChartDataset d = ChartDataset.build(c, tables(c));
    Path file = dir.resolve("nuclei.csv");
    NucleiCsv.write(file, d.featureColumns(), d.rows());
    String text = Files.readString(file);
    assertTrue(!text.contains("\r"));
    String header = text.substring(0, text.indexOf('\n'));
    assertTrue(header.startsWith("Z,N,A,element,table,measured,target_MeV,target_unc_MeV,split,b_ld_MeV,"
        + "residual_MeV,huang-I:Z,huang-I:A,huang-I:A23,"), header);
    assertTrue(header.contains("huang-I:delta_ee,huang-I:delta_oo,huang-I:Am12,huang-III:Z"), header);
    assertTrue(header.endsWith("huang-III:delta_np,huang-III:def"), header);
    NucleiTable t = NucleiCsv.read(file);
    assertEquals(d.rows().size(), t.rows().size());
    for (int i = 0; i < d.rows().size(); i++) {
      NucleusRow a = d.rows().get(i);
      NucleusRow b = t.rows().get(i);
      assertEquals(a.targetMeV(), b.targetMeV(), 0);
      assertEquals(a.residualMeV(), b.residualMeV(), 0);
      assertEquals(List.of(a.features().length), List.of(b.features().length));
      for (int k = 0; k < a.features().length; k++) {
        assertEquals(a.features()[k], b.features()[k], 0);
      }
    }
    assertEquals(List.of("Z", "A", "A23", "EC", "I2A", "absI", "Am13", "Vp", "Vn", "delta_np", "def"),
        t.features("huang-III"));
    List<NucleusRow> test = t.rows("test");
    double[][] x = t.featureMatrix("huang-III", test);
    assertEquals(430, x.length);
    assertEquals(11, x[0].length);
    Set<String> splits = new HashSet<>(t.rows().stream().map(NucleusRow::split).toList());
    assertEquals(Set.of("train", "validation", "test"), splits);
  }

  @Test
  void aMalformedAmeLineFailsNamingFileLineAndValue() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/main/resources/org/nucleiml/experiment/mass16.txt"),
        java.nio.charset.StandardCharsets.ISO_8859_1).subList(0, 45);
    String bad = lines.get(44);
    lines.set(44, bad.substring(0, 28) + "  12x34.5    " + bad.substring(41));
    Path file = dir.resolve("broken16.txt");
    Files.write(file, lines, java.nio.charset.StandardCharsets.ISO_8859_1);
    org.nucleiml.InvalidParameterException e = assertThrows(org.nucleiml.InvalidParameterException.class,
        () -> AmeReader.read("ame2016", AmeFormat.AME2016, file));
    assertEquals(file + " line 45 mass excess: found '12x34.5', expected a number", e.getMessage());
  }

  @Test
  void configurationErrorsNameTheParameter() {
    assertThrows(org.nucleiml.InvalidParameterException.class, () -> DatasetConfig.builder().split("halves"));
    org.nucleiml.InvalidParameterException e = assertThrows(org.nucleiml.InvalidParameterException.class,
        () -> DatasetConfig.builder().featureSet("huang-I").split("random(0.2, 0.1)").target("mass_excess")
            .baseline("ws4").outputDirectory(dir).build());
    assertEquals("baseline", e.parameter());
    e = assertThrows(org.nucleiml.InvalidParameterException.class,
        () -> DatasetConfig.builder().featureSet("huang-I").split("random(0.2, 0.1)").expectedCount("caseA", 1)
            .outputDirectory(dir).build());
    assertEquals("expectedCounts", e.parameter());
  }
}

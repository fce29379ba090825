package org.nucleiml.study.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.GateFailedException;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.ContentHash;
import org.nucleiml.masses.NucleiCsv;
import org.nucleiml.masses.NucleusRow;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.study.config.GenerateConfiguration;
import org.nucleiml.study.config.StepContext;

/**
 * Tests for nml:generate mode chart: outputs independent of the thread count, the densities file
 * format (offsets, SHA-256, particle numbers of the stored rho), up-to-date re-runs, gates that fail
 * naming the gate, required and measured value, and parameter errors naming the parameter.
 */
class ChartModeTest {

  @TempDir Path dir;

  private Path nuclei() throws Exception {
    Path file = dir.resolve("dataset/nuclei.csv");
    Files.createDirectories(file.getParent());
    List<NucleusRow> rows = new ArrayList<>();
    for (int[] zn : new int[][] {{8, 8}, {20, 20}, {20, 28}, {20, 20}}) {
      rows.add(new NucleusRow(new Nuclide(zn[0], zn[1]), zn[0] == 8 ? "O" : "Ca", "ame2020", true, 0, 0,
          "train", Double.NaN, Double.NaN, new double[0]));
    }
    NucleiCsv.write(file, List.of(), rows);
    return file;
  }

  private static GenerateConfiguration chart(Path nuclei, Path out) {
    return new GenerateConfiguration().mode("chart").nucleiFrom(nuclei).chunkSize(2).outputDirectory(out);
  }

  private static StepContext context(int threads, List<String> log) {
    return new StepContext(threads, Optional.empty(), log::add, log::add);
  }

  @Test
  void testChart_threadIndependentWithIndexedDensities() throws Exception {
    Path nuclei = nuclei();
    List<String> log = new ArrayList<>();
    chart(nuclei, dir.resolve("one")).run(context(1, log));
    chart(nuclei, dir.resolve("two")).run(context(2, log));
    for (String f : List.of(ChartRun.CHART_FILE, ChartRun.DENSITIES_FILE, ChartRun.INDEX_FILE)) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("two").resolve(f)), f);
    }
    List<ChartRow> rows = ChartGenerator.read(dir.resolve("one").resolve(ChartRun.CHART_FILE));
    // the data set lists 40Ca twice; the chart solves it once
    assertEquals(List.of("16O", "40Ca", "48Ca"), rows.stream().map(r -> r.nucleus().name()).toList());
    assertTrue(rows.stream().allMatch(ChartRow::converged), rows.toString());
    JsonNode index = new ObjectMapper().readTree(dir.resolve("one").resolve(ChartRun.INDEX_FILE).toFile());
    Path bin = dir.resolve("one").resolve(ChartRun.DENSITIES_FILE);
    assertEquals(ContentHash.of(bin), index.get("sha256").asText());
    assertEquals(150, index.get("grid").get("points").asInt());
    assertEquals("BOTH", index.get("density_components").asText());
    assertEquals(3 * 6 * 150 * 8, Files.size(bin));
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(bin)).order(ByteOrder.LITTLE_ENDIAN);
    for (JsonNode n : index.get("nuclei")) {
      long offset = n.get("offset").asLong();
      // rho_n is channel 0, rho_p channel 3: 4 pi h sum r^2 rho gives N and Z
      assertEquals(n.get("N").asInt(), integral(b, offset), 1e-6, n.toString());
      assertEquals(n.get("Z").asInt(), integral(b, offset + 3 * 150 * 8), 1e-6, n.toString());
    }
    log.clear();
    chart(nuclei, dir.resolve("one")).run(context(2, log));
    assertTrue(log.stream().anyMatch(l -> l.contains("up to date")), log.toString());
  }

  @Test
  void testChart_missedGateNamesGateRequiredAndMeasured() throws Exception {
    Path nuclei = nuclei();
    List<String> log = new ArrayList<>();
    GenerateConfiguration c = chart(nuclei, dir.resolve("gated")).gate("minConvergedFraction[chart]=0.9")
        .gate("maxRmsMeV[NL3@converged]=0.001");
    GateFailedException e = assertThrows(GateFailedException.class, () -> c.run(context(2, log)));
    assertTrue(e.getMessage().contains("maxRmsMeV[NL3@converged]: required <= 0.001 MeV, measured"), e.getMessage());
    assertTrue(!e.getMessage().contains("minConvergedFraction[chart]: required >= 0.9, measured 1.0000: FAILED"),
        e.getMessage());
    assertTrue(Files.isRegularFile(dir.resolve("gated").resolve(ChartRun.CHART_FILE)), "outputs written before the gate");
    // failOnGate false only warns
    c.failOnGate(false).run(context(1, log));
    assertTrue(log.stream().anyMatch(l -> l.contains("not failing")), log.toString());
  }

  @Test
  void testChart_badParametersAreNamed() throws Exception {
    Path nuclei = nuclei();
    List<String> log = new ArrayList<>();
    InvalidParameterException set = assertThrows(InvalidParameterException.class,
        () -> chart(nuclei, dir.resolve("x")).couplingSet("NL4").run(context(1, log)));
    assertEquals("couplingSet", set.parameter());
    assertTrue(set.allowed().contains("NL3") && set.allowed().contains("FSUGold"), set.getMessage());
    assertEquals("mode", assertThrows(InvalidParameterException.class,
        () -> new GenerateConfiguration().mode("charts")).parameter());
    assertEquals("densityComponents", assertThrows(InvalidParameterException.class,
        () -> chart(nuclei, dir.resolve("x")).densityComponents("LOWER").run(context(1, log))).parameter());
    assertEquals("nucleiFrom", assertThrows(InvalidParameterException.class,
        () -> chart(dir.resolve("missing.csv"), dir.resolve("x")).run(context(1, log))).parameter());
    assertEquals("boxRadiusFm", assertThrows(InvalidParameterException.class,
        () -> chart(nuclei, dir.resolve("x")).boxRadiusFm(2).run(context(1, log))).parameter());
    assertEquals("chartGates", assertThrows(InvalidParameterException.class,
        () -> chart(nuclei, dir.resolve("x")).gate("maxRmsMeV[TM1@converged]=10").run(context(1, log))).parameter());
    assertEquals("couplings", assertThrows(InvalidParameterException.class,
        () -> chart(nuclei, dir.resolve("x")).couplings("g_sigma=10").run(context(1, log))).parameter());
  }

  private static double integral(ByteBuffer b, long offset) {
    double s = 0;
    for (int k = 1; k <= 150; k++) {
      double r = 0.1 * k;
      s += b.getDouble((int) offset + (k - 1) * 8) * r * r;
    }
    return 4 * Math.PI * 0.1 * s;
  }
}

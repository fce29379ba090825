package org.nucleiml.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.SampleTable;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.validation.RegressionMetrics;

/** Tests of the variance calibration methods: the fits, per-nucleus scales in predictions, the artifact. */
class VarianceCalibrationTest {

  private static final String MEMBER1 = "regressor-binding_energy_MeV+charge_radius_fm-member1.nmlnet";

  @TempDir static Path dir;
  static Path samples;
  static TrainingReport global;
  static TrainingReport perNucleus;

  @BeforeAll
  static void train() throws IOException {
    samples = SyntheticSamples.write(dir.resolve("samples.csv"), 300, 23L);
    global = EmulatorTraining.run(small(dir.resolve("global/emulator"), 2, CalibrationMethod.GLOBAL), s -> { });
    perNucleus = EmulatorTraining.run(small(dir.resolve("pnq/emulator"), 2, CalibrationMethod.PER_NUCLEUS_QUANTILE),
        s -> { });
  }

  private static TrainingConfig small(Path output, int threads, CalibrationMethod method) {
    NetworkConfig c = new NetworkConfig(List.of(16, 16), 3e-3, 32, 4, 4, 5);
    NetworkConfig r = new NetworkConfig(List.of(16, 16), 3e-3, 64, 6, 6, 5);
    return TrainingConfig.defaults(samples, output).withRun(9L, threads).withNetworks(c, r).withEnsemble(3, method);
  }

  @Test
  void testQuantile_smallestFactorPuttingNinetyFivePercentOfTheRowsInside() {
    // residuals 1..20 with sigma 1 and one row without spread (left out): k = ceil(0.95 * 20) = 19
    double[] truth = new double[21];
    double[] mean = new double[21];
    double[] sigma = new double[21];
    for (int i = 0; i < 20; i++) {
      truth[i] = 100 + (i % 2 == 0 ? 1 : -1) * (i + 1) * 0.5;
      mean[i] = 100;
      sigma[i] = 0.5;
    }
    truth[20] = 1e6;
    double s = VarianceCalibration.quantile("binding_energy_MeV", truth, mean, sigma);
    assertEquals(Math.pow(19 / 1.959963984540054, 2), s, 1e-9 * s);
    // the validation's own coverage count with the calibrated sigma: exactly 19 of 20 rows inside
    double[] calibrated = Arrays.stream(sigma).map(x -> x * Math.sqrt(s)).toArray();
    RegressionMetrics m = RegressionMetrics.of(Arrays.copyOf(truth, 20), Arrays.copyOf(mean, 20), Arrays.copyOf(calibrated, 20));
    assertEquals(0.95, m.coverage95(), 1e-15);
    // 21 rows: k = ceil(19.95) = 20
    double[] t21 = IntStream.rangeClosed(1, 21).mapToDouble(i -> i).toArray();
    double s21 = VarianceCalibration.quantile("charge_radius_fm", t21, new double[21], filled(21, 1.0));
    assertEquals(Math.pow(20 / 1.959963984540054, 2), s21, 1e-9 * s21);
    assertThrows(InvalidParameterException.class,
        () -> VarianceCalibration.quantile("charge_radius_fm", t21, new double[21], new double[21]));
    assertEquals(RegressionMetrics.Z95, VarianceCalibration.Z95);
  }

  @Test
  void testFit_perNucleusAndGlobalFactorsMatchAnIndependentComputation() throws IOException {
    Emulator raw = Emulator.load(global.output()).withVarianceScale(VarianceScale.NONE);
    SampleTable table = SampleTable.read(samples);
    int[] rows = IntStream.range(0, table.size()).filter(table::admissible).toArray();
    // residuals through the one-point API, grouped by nucleus name
    Map<String, List<double[]>> byNucleus = new TreeMap<>();
    List<double[]> all = new ArrayList<>();
    for (int r : rows) {
      EmulatorPrediction p = raw.predict(NuclearMatterParameters.fromArray(table.nmp(r)), table.nucleus(r));
      double[] z = {(table.bindingEnergy(r) - p.bindingEnergy()) / p.sigmaBindingEnergy(),
          (table.chargeRadius(r) - p.chargeRadius()) / p.sigmaChargeRadius()};
      all.add(z);
      byNucleus.computeIfAbsent(table.nucleus(r).name(), k -> new ArrayList<>()).add(z);
    }
    for (CalibrationMethod method : CalibrationMethod.values()) {
      VarianceScale v = VarianceCalibration.fit(raw, table, rows, method);
      assertEquals(method, v.method());
      for (int k = 0; k < 2; k++) {
        assertEquals(expected(all, k, method), v.global().get(k), 1e-9 * v.global().get(k), method + " global " + k);
      }
      assertEquals(method.perNucleus() ? byNucleus.size() : 0, v.nuclei().size(), method.text());
      for (VarianceScale.NucleusScale ns : v.nuclei()) {
        List<double[]> z = byNucleus.get(new Nucleus(ns.z(), ns.n()).name());
        for (int k = 0; k < 2; k++) {
          assertEquals(expected(z, k, method), ns.scale().get(k), 1e-9 * ns.scale().get(k), method + " " + ns);
        }
      }
    }
  }

  /** Unit variance: mean z^2; quantile: (ceil(0.95 n)-th smallest |z| / 1.96)^2. */
  private static double expected(List<double[]> z, int k, CalibrationMethod method) {
    double[] v = z.stream().mapToDouble(x -> x[k]).toArray();
    if (!method.quantile()) {
      return Arrays.stream(v).map(x -> x * x).average().orElseThrow();
    }
    double[] abs = Arrays.stream(v).map(Math::abs).sorted().toArray();
    double q = abs[(int) Math.ceil(0.95 * abs.length - 1e-9) - 1] / 1.959963984540054;
    return q * q;
  }

  @Test
  void testPerNucleusScale_appliesToItsNucleusAndTheGlobalFactorToOthers() throws IOException {
    Emulator raw = Emulator.load(global.output()).withVarianceScale(VarianceScale.NONE);
    VarianceScale v = new VarianceScale(CalibrationMethod.PER_NUCLEUS, List.of(2.0, 3.0),
        List.of(new VarianceScale.NucleusScale(82, 126, List.of(5.0, 7.0))));
    Emulator scaled = raw.withVarianceScale(v);
    NuclearMatterParameters nmp = new NuclearMatterParameters(0.155, -16.1, 230, -300, 0.65, 32, 60);
    Nucleus pb = Nucleus.parse("208Pb");
    Nucleus ca = Nucleus.parse("40Ca");
    EmulatorPrediction rawPb = raw.predict(nmp, pb);
    EmulatorPrediction rawCa = raw.predict(nmp, ca);
    EmulatorPrediction pPb = scaled.predict(nmp, pb);
    EmulatorPrediction pCa = scaled.predict(nmp, ca);
    assertEquals(rawPb.bindingEnergy(), pPb.bindingEnergy());
    assertEquals(rawPb.sigmaBindingEnergy() * Math.sqrt(5), pPb.sigmaBindingEnergy(), 1e-12 * pPb.sigmaBindingEnergy());
    assertEquals(rawPb.sigmaChargeRadius() * Math.sqrt(7), pPb.sigmaChargeRadius(), 1e-12 * pPb.sigmaChargeRadius());
    assertEquals(rawCa.sigmaBindingEnergy() * Math.sqrt(2), pCa.sigmaBindingEnergy(), 1e-12 * pCa.sigmaBindingEnergy());
    assertEquals(rawCa.sigmaChargeRadius() * Math.sqrt(3), pCa.sigmaChargeRadius(), 1e-12 * pCa.sigmaChargeRadius());
    // the batched path, nuclei interleaved (and more of them than the per-thread cache holds), gives the same bits
    List<Nucleus> nuclei = new ArrayList<>(SyntheticSamples.NUCLEI);
    for (String extra : List.of("30Ne", "54Ca", "56Ni", "100Sn", "116Sn")) {
      nuclei.add(Nucleus.parse(extra));
    }
    int count = 3 * nuclei.size();
    double[] rowsNmp = new double[7 * count];
    int[] z = new int[count];
    int[] n = new int[count];
    for (int i = 0; i < count; i++) {
      System.arraycopy(nmp.toArray(), 0, rowsNmp, 7 * i, 7);
      z[i] = nuclei.get(i % nuclei.size()).z();
      n[i] = nuclei.get(i % nuclei.size()).n();
    }
    double[] p = new double[count];
    double[] be = new double[count];
    double[] rch = new double[count];
    double[] sBe = new double[count];
    double[] sRch = new double[count];
    scaled.predict(rowsNmp, z, n, count, p, be, rch, sBe, sRch, scaled.newWorkspace());
    for (int i = 0; i < count; i++) {
      EmulatorPrediction one = scaled.predict(nmp, nuclei.get(i % nuclei.size()));
      assertEquals(one.sigmaBindingEnergy(), sBe[i], nuclei.get(i % nuclei.size()).name());
      assertEquals(one.sigmaChargeRadius(), sRch[i], nuclei.get(i % nuclei.size()).name());
    }
  }

  @Test
  void testArtifact_perNucleusQuantileRoundTripsAndIsThreadCountIndependent() throws IOException {
    TrainingReport oneThread = EmulatorTraining.run(small(dir.resolve("pnq1/emulator"), 1,
        CalibrationMethod.PER_NUCLEUS_QUANTILE), s -> { });
    for (String f : List.of("emulator.json", "emulator.sha256", MEMBER1)) {
      assertArrayEquals(Files.readAllBytes(perNucleus.output().resolve(f)), Files.readAllBytes(oneThread.output().resolve(f)), f);
    }
    // the calibration changes no network
    assertArrayEquals(Files.readAllBytes(global.output().resolve(MEMBER1)), Files.readAllBytes(perNucleus.output().resolve(MEMBER1)));
    JsonNode json = new ObjectMapper().readTree(perNucleus.output().resolve("emulator.json").toFile());
    JsonNode e = json.path("ensemble");
    assertEquals("per-nucleus-quantile", e.path("calibration").asText());
    assertEquals(SyntheticSamples.NUCLEI.size(), e.path("variance_scale_nuclei").size());
    assertEquals("per-nucleus-quantile", json.path("training").path("hyper_parameters").path("variance_calibration").asText());
    VarianceScale loaded = Emulator.load(perNucleus.zip()).variance();
    assertEquals(CalibrationMethod.PER_NUCLEUS_QUANTILE, loaded.method());
    for (int i = 0; i < loaded.nuclei().size(); i++) {
      JsonNode node = e.path("variance_scale_nuclei").get(i);
      VarianceScale.NucleusScale ns = loaded.nuclei().get(i);
      assertEquals(node.path("z").asInt(), ns.z());
      assertEquals(node.path("binding_energy_MeV").asDouble(), ns.scale().get(0));
      assertEquals(node.path("charge_radius_fm").asDouble(), ns.scale().get(1));
    }
    // the default method writes no new key (its descriptors are those of the runtime before the methods)
    JsonNode g = new ObjectMapper().readTree(global.output().resolve("emulator.json").toFile());
    assertTrue(g.path("ensemble").path("calibration").isMissingNode());
    assertTrue(g.path("ensemble").path("variance_scale_nuclei").isMissingNode());
    assertTrue(g.path("training").path("hyper_parameters").path("variance_calibration").isMissingNode());
    assertEquals(CalibrationMethod.GLOBAL, Emulator.load(global.output()).variance().method());
  }

  @Test
  void testConfiguration_namesTheParameterTheValueAndTheAllowedValues() {
    InvalidParameterException bad = assertThrows(InvalidParameterException.class,
        () -> CalibrationMethod.parse("varianceCalibration", "median"));
    assertTrue(bad.getMessage().contains("varianceCalibration") && bad.getMessage().contains("median")
        && bad.getMessage().contains("per-nucleus-quantile"), bad.getMessage());
    assertEquals(CalibrationMethod.PER_NUCLEUS, CalibrationMethod.parse("x", " Per-Nucleus "));
    assertThrows(InvalidParameterException.class, () -> new VarianceScale(CalibrationMethod.PER_NUCLEUS,
        List.of(1.0, 1.0), List.of(new VarianceScale.NucleusScale(20, 20, List.of(1.0, 0.0)))));
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }
}

package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Tests for {@link SolveCommand}: the CLI contract of {@code nml solve}. */
class SolveCommandTest {

  private static final String NL3 = "{\"g_sigma\":10.217,\"g_omega\":12.868,\"g_rho\":8.948,"
      + "\"A_MeV\":2058.3495,\"B\":-28.885,\"C\":0,\"Lambda_v\":0}";
  private static final String NL3_MASSES =
      "{\"m_sigma\":508.194,\"m_omega\":782.50098,\"m_rho\":763,\"nucleon_mass\":939}";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void testSolve_singleNucleusPrintsContractJson() throws Exception {
    int code = run("solve", "--nucleus", "16O", "--couplings", NL3, "--constants", NL3_MASSES);
    assertEquals(0, code, err.toString());
    JsonNode json = PhysicsJson.mapper().readTree(out.toString());
    List<String> keys = iterable(json.fieldNames());
    assertEquals(List.of("nucleus", "Z", "N", "converged", "reason", "iterations",
        "binding_energy_MeV", "charge_radius_fm", "proton_radius_fm", "neutron_radius_fm",
        "skin_fm", "pairing", "configuration", "level_crossing"), keys);
    assertEquals("16O", json.get("nucleus").asText());
    assertTrue(json.get("converged").asBoolean());
    assertTrue(json.get("reason").isNull());
    // rmf-reference-nuclei.csv (independent code): NL3 16O 128.7430 MeV, 2.7187 fm
    assertEquals(128.7430, json.get("binding_energy_MeV").asDouble(), 0.003 * 128.743);
    assertEquals(2.7187, json.get("charge_radius_fm").asDouble(), 0.003 * 2.7187);
    assertEquals("constant-gap", json.get("pairing").asText());
    assertEquals("p: 1s1/2^2 1p3/2^4 1p1/2^2; n: 1s1/2^2 1p3/2^4 1p1/2^2",
        json.get("configuration").asText());
    assertTrue(json.get("level_crossing").isNull());
  }

  @Test
  void testSolve_timingAddsTheWallTimeOnlyWhenAsked() throws Exception {
    assertEquals(0, run("solve", "--nucleus", "16O", "--couplings", NL3, "--constants", NL3_MASSES,
        "--timing"), err.toString());
    JsonNode json = PhysicsJson.mapper().readTree(out.toString());
    assertTrue(json.get("millis").asLong() >= 0, out.toString());
  }

  @Test
  void testSolve_pairingNoneFillsTheOpenShellUniformlyAndRecordsIt() throws Exception {
    // NL3 144Sm: the proton 2d5/2 holds 4 of 6; constant-gap pairs it, none fills it uniformly.
    assertEquals(0, run("solve", "--nucleus", "144Sm", "--couplings", NL3, "--constants",
        NL3_MASSES), err.toString());
    JsonNode paired = PhysicsJson.mapper().readTree(out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("solve", "--nucleus", "144Sm", "--couplings", NL3, "--constants",
        NL3_MASSES, "--pairing", "none"), err.toString());
    JsonNode unpaired = PhysicsJson.mapper().readTree(out.toString());
    assertEquals("none", unpaired.get("pairing").asText());
    assertTrue(paired.get("configuration").asText().contains("[Delta 1.000 MeV]"),
        paired.get("configuration").asText());
    String p = unpaired.get("configuration").asText().split(";")[0];
    assertTrue(p.endsWith(" 2d5/2^4") && !p.contains("Delta"), p);
    assertTrue(paired.get("binding_energy_MeV").asDouble()
        > unpaired.get("binding_energy_MeV").asDouble());
  }

  @Test
  void testSolve_unknownPairingNamesTheOptionAndTheChoices() {
    assertEquals(1, run("solve", "--nucleus", "16O", "--couplings", NL3, "--pairing", "bcs"));
    assertTrue(err.toString().contains("--pairing") && err.toString().contains("constant-g"),
        err.toString());
  }

  @Test
  void testSolve_nonConvergedPrintsNullsAndReasonWithExitTwo() throws Exception {
    String tooRepulsive = NL3.replace("12.868", "38.0");
    int code = run("solve", "--nucleus", "40Ca", "--couplings", tooRepulsive);
    assertEquals(2, code, err.toString());
    JsonNode json = PhysicsJson.mapper().readTree(out.toString());
    assertTrue(!json.get("converged").asBoolean());
    assertTrue(json.get("reason").isTextual());
    assertTrue(json.get("binding_energy_MeV").isNull());
    assertTrue(json.get("charge_radius_fm").isNull());
  }

  @Test
  void testSolve_nmpGivesTheSameNucleusAsItsCouplings() throws Exception {
    org.nucleiml.reference.ReferenceSets.ReferenceSet fsu =
        org.nucleiml.reference.ReferenceSets.named("FSUGold");
    String masses = PhysicsJson.toJson(fsu.constants()).toString();
    String couplingsJson = PhysicsJson.toJson(fsu.couplings()).toString();
    assertEquals(0, run("solve", "--nucleus", "40Ca", "--couplings", couplingsJson, "--constants", masses));
    double direct = PhysicsJson.mapper().readTree(out.toString()).get("binding_energy_MeV").asDouble();
    out.getBuffer().setLength(0);
    String nmpJson = PhysicsJson.toJson(fsu.nmp()).toString();
    assertEquals(0, run("solve", "--nucleus", "40Ca", "--nmp", nmpJson, "--constants", masses), err.toString());
    double viaNmp = PhysicsJson.mapper().readTree(out.toString()).get("binding_energy_MeV").asDouble();
    // The CSV's 12-digit NMPs reproduce the 8-digit couplings to ~1e-9 relative.
    assertEquals(direct, viaNmp, 1e-6 * direct);
  }

  @Test
  void testSolve_nmpWithoutCouplingsExitsTwoWithReason() throws Exception {
    // study.md Appendix B: this point admits no couplings.
    String appendixB = "{\"rho0\":0.1482,\"E0\":-15.789,\"K0\":205.889,\"Q0\":-1374.928,"
        + "\"mstar_over_m\":0.581,\"J0\":20.326,\"L0\":29.328}";
    assertEquals(2, run("solve", "--nucleus", "40Ca", "--nmp", appendixB));
    JsonNode json = PhysicsJson.mapper().readTree(out.toString());
    assertEquals("no-couplings", json.get("error").asText());
    assertEquals("Q0_TOO_LOW", json.get("reason").asText());
  }

  @Test
  void testSolve_incompleteNmpNamesTheMissingKey() {
    assertEquals(1, run("solve", "--nucleus", "16O", "--nmp", "{\"rho0\":0.15}"));
    assertTrue(err.toString().contains("E0"), err.toString());
  }

  @Test
  void testSolve_couplingsAndNmpTogetherIsAnError() {
    assertEquals(1, run("solve", "--nucleus", "16O", "--nmp", "{}", "--couplings", NL3));
    assertTrue(err.toString().contains("exactly one of them"), err.toString());
  }

  @Test
  void testSolve_badNucleusNamesTheInput() {
    assertEquals(1, run("solve", "--nucleus", "208Xx", "--couplings", NL3));
    assertTrue(err.toString().contains("208Xx"), err.toString());
  }

  @Test
  void testSolve_batchWritesRowsInInputOrderIndependentOfThreads(@TempDir Path dir)
      throws Exception {
    Path sets = dir.resolve("sets.csv");
    Files.writeString(sets, "name,m_sigma,m_omega,m_rho,nucleon_mass,g_sigma,g_omega,g_rho,A_MeV,"
        + "B,C,Lambda_v,rho0\n"
        + "NL3,508.194,782.50098,763,939,10.217,12.868,8.948,2058.3495,-28.885,0,0,0.148\n"
        + "TM1,511.198,783,770,938,10.0289,12.6139,9.2644,1427.1894,0.6183,0.0028166811,0,0.145\n"
        + "odd,508.194,782.50098,763,939,10.217,38.0,8.948,2058.3495,-28.885,0,0,0.148\n",
        StandardCharsets.UTF_8);
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");
    assertEquals(0, run("solve", "--input", sets.toString(), "--nuclei", "16O,40Ca", "--output",
        one.toString(), "--threads", "1"), err.toString());
    assertEquals(0, run("solve", "--input", sets.toString(), "--nuclei", "16O,40Ca", "--output",
        two.toString(), "--threads", "2"), err.toString());
    assertFalse(Files.readString(one).contains("\r"), "CSV lines end in LF only");
    List<String> rows = Files.readAllLines(one);
    assertEquals("name,nucleus,Z,N,converged,reason,iterations,binding_energy_MeV,"
        + "charge_radius_fm,proton_radius_fm,neutron_radius_fm,skin_fm,pairing,configuration,"
        + "level_crossing", rows.get(0));
    assertEquals(7, rows.size());
    assertTrue(rows.get(1).startsWith("NL3,16O,8,8,true,,"), rows.get(1));
    assertTrue(rows.get(4).startsWith("TM1,40Ca,20,20,true,,"), rows.get(4));
    assertTrue(rows.get(5).startsWith("odd,16O,8,8,false,"), rows.get(5));
    // no run facts by default: the same bytes for 1 and 2 threads
    assertEquals(Files.readString(one), Files.readString(two));
    Path timed = dir.resolve("timed.csv");
    assertEquals(0, run("solve", "--input", sets.toString(), "--nuclei", "16O", "--output", timed.toString(),
        "--timing"), err.toString());
    List<String> timedRows = Files.readAllLines(timed);
    assertEquals(rows.get(0) + ",millis", timedRows.get(0));
    assertEquals(rows.get(1), withoutMillis(timedRows).get(1));
    Path warm = dir.resolve("warm.csv");
    assertEquals(1, run("solve", "--input", sets.toString(), "--nuclei", "16O", "--output", warm.toString(),
        "--warm-start"));
    assertTrue(err.toString().contains("nml solve: --warm-start: found given, expected no --warm-start: it was"
        + " removed because warm-started solves converged to wrong solutions"), err.toString());
    assertTrue(!Files.exists(warm));
  }

  private int run(String... args) {
    CommandLine cli = NmlCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static List<String> withoutMillis(List<String> rows) {
    return rows.stream().map(r -> r.substring(0, r.lastIndexOf(','))).collect(Collectors.toList());
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}

package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/** Tests for {@link CouplingsCommand}. */
class CouplingsCommandTest {

  private static final String FSU_MASSES =
      "{\"m_sigma\":491.5,\"m_omega\":782.5,\"m_rho\":763.0,\"nucleon_mass\":939.0}";

  @Test
  void testCall_fsuGoldNmpsGiveFsuGoldCouplings() throws Exception {
    ReferenceSet fsu = ReferenceSets.named("FSUGold");
    String nmp = PhysicsJson.mapper().writeValueAsString(PhysicsJson.toJson(fsu.nmp()));
    CliRun run = CliRun.of("couplings", "--nmp", nmp, "--constants", FSU_MASSES);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = PhysicsJson.mapper().readTree(run.out());
    assertEquals(List.of("g_sigma", "g_omega", "g_rho", "A_MeV", "B", "C", "Lambda_v",
        "diagnostics"), fieldNames(json));
    assertEquals(fsu.couplings().gSigma(), json.get("g_sigma").asDouble(), 1e-6 * 10.6);
    assertEquals(fsu.couplings().lambdaV(), json.get("Lambda_v").asDouble(), 1e-6 * 0.06);
    JsonNode d = json.get("diagnostics");
    assertEquals(1, d.get("root_count").asInt());
    assertEquals(1, d.get("energy_minima").asInt());
    assertTrue(d.get("saturation_is_deepest_minimum").asBoolean());
    assertTrue(d.get("rho_mass_vanishing_density_fm3").isNull());
    assertEquals(1, run.out().strip().lines().count());
  }

  @Test
  void testCall_contractExampleUsesStudyConstants() throws Exception {
    CliRun run = CliRun.of("couplings", "--nmp", "{\"rho0\":0.148,\"E0\":-16.3,\"K0\":230,"
        + "\"Q0\":-500,\"mstar_over_m\":0.61,\"J0\":32.6,\"L0\":60.5}");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = PhysicsJson.mapper().readTree(run.out());
    // FSUGold-like point: couplings close to FSUGold's, rescaled to m_sigma = 508.1941 MeV.
    assertEquals(10.59 * 508.1941 / 491.5, json.get("g_sigma").asDouble(), 0.2);
  }

  @Test
  void testCall_metastableSaturationIsFlagged() throws Exception {
    // Box point 5151 of seed 7: its couplings have a deeper E/A minimum at 0.0109 fm^-3.
    CliRun run = CliRun.of("couplings", "--nmp", "{\"rho0\":0.15654463906209315,"
        + "\"E0\":-16.36072398515354,\"K0\":151.09615638902173,\"Q0\":228.36165265081627,"
        + "\"mstar_over_m\":0.5145082363722616,\"J0\":33.88306355668562,\"L0\":70.35584370685089}");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode d = PhysicsJson.mapper().readTree(run.out()).get("diagnostics");
    assertEquals(2, d.get("energy_minima").asInt());
    assertFalse(d.get("saturation_is_deepest_minimum").asBoolean());
  }

  @Test
  void testCall_appendixBPointExitsTwoWithReason() throws Exception {
    CliRun run = CliRun.of("couplings", "--nmp", "{\"rho0\":0.1482,\"E0\":-15.789,\"K0\":205.889,"
        + "\"Q0\":-1374.928,\"mstar_over_m\":0.581,\"J0\":20.326,\"L0\":29.328}");
    assertEquals(2, run.exitCode());
    JsonNode json = PhysicsJson.mapper().readTree(run.out());
    assertEquals("no-couplings", json.get("error").asText());
    assertEquals("Q0_TOO_LOW", json.get("reason").asText());
    assertTrue(json.get("message").asText().contains("Q0 = -1374.93 MeV"), run.out());
  }

  @Test
  void testCall_invalidInputsExitOneNamingTheField() {
    String ok = "\"E0\":-16,\"K0\":230,\"Q0\":-500,\"J0\":32,\"L0\":60";
    assertInvalid("rho0: found -0.1", "{\"rho0\":-0.1,\"mstar_over_m\":0.6," + ok + "}");
    assertInvalid("rho0: found 0.0", "{\"rho0\":0,\"mstar_over_m\":0.6," + ok + "}");
    assertInvalid("mstar_over_m: found 1.2, expected a finite number in (0.0, 1.0)",
        "{\"rho0\":0.15,\"mstar_over_m\":1.2," + ok + "}");
    assertInvalid("mstar_over_m: found 0.0", "{\"rho0\":0.15,\"mstar_over_m\":0," + ok + "}");
    assertInvalid("rho0: found Infinity", "{\"rho0\":1e999,\"mstar_over_m\":0.6," + ok + "}");
    assertInvalid("--nmp: found '{\"rho0\":NaN", "{\"rho0\":NaN,\"mstar_over_m\":0.6," + ok + "}");
    assertInvalid("no 'rho0'", "{\"mstar_over_m\":0.6," + ok + "}");
    assertInvalid("key 'rho_0'", "{\"rho_0\":0.15,\"rho0\":0.15,\"mstar_over_m\":0.6," + ok + "}");
    assertInvalid("rho0: found \"a\", expected a number", "{\"rho0\":\"a\",\"mstar_over_m\":0.6," + ok + "}");
    assertInvalid("expected a JSON object", "rho0=0.15");
  }

  @Test
  void testCall_invalidConstantsExitOneAndUsageErrorsExit64() {
    String nmp = "{\"rho0\":0.148,\"E0\":-16.3,\"K0\":230,\"Q0\":-500,\"mstar_over_m\":0.61,"
        + "\"J0\":32.6,\"L0\":60.5}";
    CliRun negative = CliRun.of("couplings", "--nmp", nmp, "--constants", "{\"m_rho\":-763}");
    assertEquals(1, negative.exitCode());
    assertTrue(negative.err().contains("m_rho: found -763.0, expected a finite number > 0"),
        negative.err());
    CliRun missing = CliRun.of("couplings");
    assertEquals(64, missing.exitCode());
    assertTrue(missing.err().contains("--nmp"), missing.err());
  }

  private static void assertInvalid(String expected, String nmp) {
    CliRun run = CliRun.of("couplings", "--nmp", nmp);
    assertEquals(1, run.exitCode(), nmp + " -> " + run.out());
    assertTrue(run.err().contains(expected), run.err());
    assertEquals("", run.out());
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/** Tests for {@link MatterCommand}. */
class MatterCommandTest {

  @Test
  void testCall_everyReferenceSetPrintsItsNmps() throws Exception {
    for (ReferenceSet set : ReferenceSets.all()) {
      ObjectNode in = PhysicsJson.toJson(set.couplings());
      in.setAll(PhysicsJson.toJson(set.constants()));
      CliRun run = CliRun.of("matter", "--couplings", PhysicsJson.mapper().writeValueAsString(in));
      assertEquals(0, run.exitCode(), run.err());
      JsonNode json = PhysicsJson.mapper().readTree(run.out());
      List<String> names = new java.util.ArrayList<>();
      json.fieldNames().forEachRemaining(names::add);
      assertEquals(NuclearMatterParameters.NAMES, names);
      double[] want = set.nmp().toArray();
      for (int i = 0; i < want.length; i++) {
        String key = NuclearMatterParameters.NAMES.get(i);
        assertEquals(want[i], json.get(key).asDouble(), 1e-8 * Math.abs(want[i]), set.name() + key);
      }
    }
  }

  @Test
  void testCall_defaultsToStudyConstants() throws Exception {
    CliRun run = CliRun.of("matter", "--couplings", "{\"g_sigma\":10.217,\"g_omega\":12.868,"
        + "\"g_rho\":8.948,\"A_MeV\":2058.3495,\"B\":-28.885,\"C\":0,\"Lambda_v\":0}");
    assertEquals(0, run.exitCode(), run.err());
    // NL3's m_sigma is 508.194 MeV, the study's 508.1941: E0 moves by far less than 1e-3 MeV.
    assertEquals(-16.240, PhysicsJson.mapper().readTree(run.out()).get("E0").asDouble(), 1e-3);
  }

  @Test
  void testCall_nonSaturatingCouplingsExitTwo() throws Exception {
    CliRun run = CliRun.of("matter", "--couplings", "{\"g_sigma\":2,\"g_omega\":12,\"g_rho\":9,"
        + "\"A_MeV\":0,\"B\":0,\"C\":0,\"Lambda_v\":0}");
    assertEquals(2, run.exitCode());
    assertEquals("no-saturation", PhysicsJson.mapper().readTree(run.out()).get("error").asText());
  }

  @Test
  void testCall_invalidCouplingsExitOneNamingTheField() {
    String rest = "\"g_rho\":9,\"A_MeV\":0,\"B\":0,\"C\":0,\"Lambda_v\":0";
    assertInvalid("g_sigma: found -1.0, expected a finite number > 0",
        "{\"g_sigma\":-1,\"g_omega\":12," + rest + "}");
    assertInvalid("no 'g_omega'", "{\"g_sigma\":10," + rest + "}");
    assertInvalid("key 'zeta'", "{\"g_sigma\":10,\"g_omega\":12,\"zeta\":1," + rest + "}");
    assertInvalid("nucleon_mass: found -939.0",
        "{\"g_sigma\":10,\"g_omega\":12,\"nucleon_mass\":-939," + rest + "}");
    assertInvalid("--couplings: found", "{\"g_sigma\":10,");
  }

  private static void assertInvalid(String expected, String couplings) {
    CliRun run = CliRun.of("matter", "--couplings", couplings);
    assertEquals(1, run.exitCode(), couplings + " -> " + run.out());
    assertTrue(run.err().contains(expected), run.err());
  }
}

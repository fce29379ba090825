package org.nucleiml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.reference.ReferenceSets;
import org.nucleiml.reference.ReferenceSets.ReferenceSet;

/**
 * Every command accepts what another prints, inline, as a file or on standard input ({@code -}):
 * {@code couplings | matter --couplings -}, {@code matter | couplings --nmp -}, {@code couplings >
 * file; solve --couplings file}, {@code matter | solve --nmp -}.
 */
class CommandPipesTest {

  private static final InputStream STDIN = System.in;

  @TempDir Path dir;

  @AfterEach
  void restoreStdin() {
    System.setIn(STDIN);
  }

  @Test
  void testCouplingsPipedIntoMatter_givesTheNmpsBack() throws Exception {
    ReferenceSet fsu = ReferenceSets.named("FSUGold");
    CliRun couplings = CliRun.of("couplings", "--nmp", PhysicsJson.mapper().writeValueAsString(PhysicsJson.toJson(fsu.nmp())));
    assertEquals(0, couplings.exitCode(), couplings.err());
    assertTrue(couplings.out().contains(CouplingsCommand.DIAGNOSTICS), "the output keeps its diagnostics");
    CliRun matter = withStdin(couplings.out(), "matter", "--couplings", "-");
    assertEquals(0, matter.exitCode(), matter.err());
    JsonNode back = PhysicsJson.mapper().readTree(matter.out());
    double[] expected = fsu.nmp().toArray();
    for (int i = 0; i < expected.length; i++) {
      String name = NuclearMatterParameters.NAMES.get(i);
      assertEquals(expected[i], back.get(name).asDouble(), 1e-6 * Math.max(1, Math.abs(expected[i])), name);
    }
    // and matter's output piped back into couplings gives the same couplings
    CliRun again = withStdin(matter.out(), "couplings", "--nmp", "-");
    assertEquals(0, again.exitCode(), again.err());
    JsonNode first = PhysicsJson.mapper().readTree(couplings.out());
    JsonNode second = PhysicsJson.mapper().readTree(again.out());
    for (String key : PhysicsJson.COUPLING_KEYS) {
      assertEquals(first.get(key).asDouble(), second.get(key).asDouble(), 1e-6 * Math.abs(first.get(key).asDouble()), key);
    }
  }

  @Test
  void testCouplingsFileIntoSolve_isTheSameSolveAsInline() throws Exception {
    ReferenceSet nl3 = ReferenceSets.named("NL3");
    CliRun couplings = CliRun.of("couplings", "--nmp", PhysicsJson.mapper().writeValueAsString(PhysicsJson.toJson(nl3.nmp())));
    assertEquals(0, couplings.exitCode(), couplings.err());
    Path file = dir.resolve("nl3.json");
    Files.writeString(file, couplings.out(), StandardCharsets.UTF_8);
    CliRun fromFile = CliRun.of("solve", "--nucleus", "16O", "--couplings", file.toString());
    assertEquals(0, fromFile.exitCode(), fromFile.err());
    CliRun inline = CliRun.of("solve", "--nucleus", "16O", "--couplings", couplings.out().strip());
    assertEquals(inline.out(), fromFile.out());
    // matter's NMPs on stdin: the inverse map inside solve gives the same couplings, so the same nucleus
    CliRun matter = CliRun.of("matter", "--couplings", file.toString());
    assertEquals(0, matter.exitCode(), matter.err());
    CliRun fromNmp = withStdin(matter.out(), "solve", "--nucleus", "16O", "--nmp", "-");
    assertEquals(0, fromNmp.exitCode(), fromNmp.err());
    assertEquals(PhysicsJson.mapper().readTree(inline.out()).get("binding_energy_MeV").asDouble(),
        PhysicsJson.mapper().readTree(fromNmp.out()).get("binding_energy_MeV").asDouble(), 1e-6);
  }

  @Test
  void testNegativeAnswerPipedOn_isInvalidInputSayingSo() {
    CliRun none = CliRun.of("couplings", "--nmp", "{\"rho0\":0.1482,\"E0\":-15.789,\"K0\":205.889,"
        + "\"Q0\":-1374.928,\"mstar_over_m\":0.581,\"J0\":20.326,\"L0\":29.328}");
    assertEquals(ExitCodes.NO_ANSWER, none.exitCode());
    CliRun matter = withStdin(none.out(), "matter", "--couplings", "-");
    assertEquals(ExitCodes.INVALID_INPUT, matter.exitCode(), matter.err());
    assertTrue(matter.err().contains("--couplings: found the result 'no-couplings' (Q0 = -1374.93 MeV"), matter.err());
  }

  @Test
  void testNeitherJsonNorFile_namesTheOption() {
    CliRun run = CliRun.of("matter", "--couplings", dir.resolve("absent.json").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().startsWith("nml matter: --couplings: found '" + dir.resolve("absent.json")
        + "', expected a JSON object, an existing file holding one, or - for standard input"), run.err());
  }

  private static CliRun withStdin(String text, String... args) {
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    return CliRun.of(args);
  }
}

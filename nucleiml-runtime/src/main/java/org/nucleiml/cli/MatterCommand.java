package org.nucleiml.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.matter.NoSaturationException;
import org.nucleiml.physics.matter.SaturationSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nml matter}: the forward map, couplings to the NMPs of symmetric matter at saturation,
 * printed as one JSON line; exit 2 when symmetric matter does not saturate.
 */
@Command(name = "matter", mixinStandardHelpOptions = true, description = "Nuclear-matter parameters (saturation point of symmetric matter) of a set of "
        + "couplings.")
final class MatterCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--couplings", required = true, paramLabel = "JSON",
      description = "{\"g_sigma\",\"g_omega\",\"g_rho\",\"A_MeV\",\"B\",\"C\",\"Lambda_v\"} and "
          + "optionally the masses \"m_sigma\",\"m_omega\",\"m_rho\",\"nucleon_mass\" (MeV; "
          + "default: the study's values); what nml couplings prints (its diagnostics are ignored), a "
          + "file holding it, or - for stdin.")
  private String couplings;

  @Override
  public Integer call() throws Exception {
    String json = JsonArgument.read("--couplings", couplings, System.in);
    Couplings c = PhysicsJson.couplings(json);
    ModelConstants m = PhysicsJson.constants("--couplings", json, ModelConstants.STUDY, true);
    ObjectNode out;
    int code;
    try {
      NuclearMatterParameters p = SaturationSolver.solve(c, m);
      out = PhysicsJson.toJson(p);
      code = ExitCodes.OK;
    } catch (NoSaturationException e) {
      out = PhysicsJson.mapper().createObjectNode();
      out.put("error", "no-saturation");
      out.put("message", e.getMessage());
      code = ExitCodes.NO_ANSWER;
    }
    spec.commandLine().getOut().println(PhysicsJson.mapper().writeValueAsString(out));
    spec.commandLine().getOut().flush();
    return code;
  }
}

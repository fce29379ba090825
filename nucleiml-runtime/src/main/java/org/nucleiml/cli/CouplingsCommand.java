package org.nucleiml.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.matter.EnergyMinimum;
import org.nucleiml.physics.matter.InversionOutcome;
import org.nucleiml.physics.matter.SaturationSolver;
import org.nucleiml.physics.matter.SoftDiagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nml couplings}: the inverse map, NMPs to couplings, printed as one JSON line with soft
 * diagnostics; exit 2 with the reason when no couplings exist.
 */
@Command(name = "couplings", mixinStandardHelpOptions = true, description = "Couplings of the nonlinear RMF model that reproduce seven nuclear-matter "
        + "parameters (exit 2 with a reason when none exist).")
final class CouplingsCommand implements Callable<Integer> {

  /** The key of the soft diagnostics in the printed JSON (nml matter --couplings skips it). */
  static final String DIAGNOSTICS = "diagnostics";


  @Spec private CommandSpec spec;

  @Option(names = "--nmp", required = true, paramLabel = "JSON",
      description = "{\"rho0\":fm^-3,\"E0\":MeV,\"K0\":MeV,\"Q0\":MeV,\"mstar_over_m\":..,"
          + "\"J0\":MeV,\"L0\":MeV} (what nml matter prints), a file holding it, or - for stdin.")
  private String nmp;

  @Option(names = "--constants", paramLabel = "JSON",
      description = "Masses in MeV {\"m_sigma\",\"m_omega\",\"m_rho\",\"nucleon_mass\"}; absent "
          + "keys take the study's values 508.1941, 782.501, 763.0, 939.")
  private String constants;

  @Override
  public Integer call() throws Exception {
    NuclearMatterParameters p = PhysicsJson.nmp(JsonArgument.read("--nmp", nmp, System.in));
    ModelConstants m = PhysicsJson.constants("--constants", JsonArgument.read("--constants", constants, System.in),
        ModelConstants.STUDY, false);
    InversionOutcome out = CouplingInverter.invert(p, m);
    ObjectNode json;
    if (out.hasCouplings()) {
      json = PhysicsJson.toJson(out.couplings());
      json.set(DIAGNOSTICS, diagnostics(out.diagnostics(), p,
          SaturationSolver.localMinima(out.couplings(), m)));
    } else {
      json = PhysicsJson.mapper().createObjectNode();
      json.put("error", "no-couplings");
      json.put("reason", out.reason().name());
      json.put("message", out.message());
    }
    spec.commandLine().getOut().println(PhysicsJson.mapper().writeValueAsString(json));
    spec.commandLine().getOut().flush();
    return out.hasCouplings() ? ExitCodes.OK : ExitCodes.NO_ANSWER;
  }

  /**
   * The inverse map's diagnostics plus the forward check: how many local minima E/A has and
   * whether the requested saturation point is the deepest.
   */
  static ObjectNode diagnostics(SoftDiagnostics d, NuclearMatterParameters p,
      List<EnergyMinimum> minima) {
    ObjectNode o = PhysicsJson.mapper().createObjectNode();
    o.put("root_count", d.rootCount());
    o.put("negative_Lambda_v", d.negativeLambdaV());
    if (Double.isNaN(d.rhoMassVanishingDensityFm3())) {
      o.putNull("rho_mass_vanishing_density_fm3");
    } else {
      o.put("rho_mass_vanishing_density_fm3", d.rhoMassVanishingDensityFm3());
    }
    o.put("rho_mass_vanishes_below_3_rho0", d.rhoMassVanishesBelow(3, p.rho0()));
    o.put("negative_B", d.negativeB());
    o.put("extreme_couplings", d.extremeCouplings());
    o.put("energy_minima", minima.size());
    // False when another minimum is deeper: then the NMPs describe only a metastable state and
    // nml matter on these couplings reports that other minimum.
    double deepest = minima.stream().mapToDouble(EnergyMinimum::energyPerNucleonMeV).min()
        .orElse(Double.NaN);
    o.put("saturation_is_deepest_minimum", p.e0() <= deepest + 1e-9 * (1 + Math.abs(deepest)));
    return o;
  }
}

package org.nucleiml.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.matter.InversionOutcome;
import org.nucleiml.physics.nucleus.NucleusSolution;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * The study's physics for one NMP point: the inverse map to couplings, then a cold self-consistent
 * solve of each nucleus. Cold starts keep every point independent of the others, which is what makes
 * the data set independent of chunking, threads and shards.
 */
public final class RmfSampleEvaluator implements SampleEvaluator {

  private final RmfSolver solver;
  private final ModelConstants constants;

  /**
   * @param settings solver settings
   * @param constants meson and nucleon masses
   */
  public RmfSampleEvaluator(SolverSettings settings, ModelConstants constants) {
    this.solver = new RmfSolver(settings);
    this.constants = constants;
  }

  @Override
  public SampleResult evaluate(NuclearMatterParameters nmp, List<Nucleus> nuclei) {
    InversionOutcome inversion = CouplingInverter.invert(nmp, constants);
    if (!inversion.hasCouplings()) {
      return SampleResult.noCouplings(inversion.reason().name());
    }
    List<NucleusResult> results = new ArrayList<>(nuclei.size());
    for (Nucleus nucleus : nuclei) {
      NucleusSolution s = solver.solve(nucleus, inversion.couplings(), constants);
      results.add(new NucleusResult(nucleus, s.converged(),
          s.reason() == null ? null : s.reason().name(), s.iterations(), s.bindingEnergyMeV(),
          s.chargeRadiusFm()));
    }
    return new SampleResult(inversion.couplings(), null, results);
  }

  @Override
  public Map<String, Object> settings() {
    SolverSettings s = solver.settings();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mesh_step_fm", s.meshStepFm());
    // 0 means the automatic radius max(15, 10 + 1.5 A^(1/3)) fm.
    m.put("box_radius_fm", s.boxRadiusFm());
    m.put("max_iterations", s.maxIterations());
    m.put("tolerance_MeV", s.tolerance());
    m.put("mixing_history", s.mixingHistory());
    m.put("mixing_weight", s.mixingWeight());
    m.put("pairing_enabled", s.pairing().enabled());
    m.put("pairing_gap_coefficient_MeV", s.pairing().gapCoefficientMeV());
    m.put("pairing_window_hbar_omega", s.pairing().windowInHbarOmega());
    // Recorded only for the constant-G force, so the data sets (and fingerprints) of the other two
    // prescriptions keep their bytes: pairing_enabled already tells constant-gap from none.
    if (s.pairing().prescription() == PairingPrescription.CONSTANT_G) {
      m.put("pairing_prescription", s.pairing().prescription().key());
      m.put("pairing_strength_coefficient_MeV", s.pairing().strengthCoefficientMeV());
    }
    m.put("center_of_mass_coefficient_MeV", s.centerOfMass().hbarOmegaCoefficientMeV());
    m.put("charge_radius_proton_term_fm2", s.chargeRadius().protonTermFm2());
    m.put("charge_radius_neutron_term_fm2", s.chargeRadius().neutronTermFm2());
    m.put("m_sigma", constants.mSigma());
    m.put("m_omega", constants.mOmega());
    m.put("m_rho", constants.mRho());
    m.put("nucleon_mass", constants.nucleonMass());
    return m;
  }
}

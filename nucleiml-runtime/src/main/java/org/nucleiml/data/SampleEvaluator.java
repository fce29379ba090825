package org.nucleiml.data;

import java.util.List;
import java.util.Map;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * Turns one NMP point into couplings (or the reason none exist) and solves each nucleus. The RMF
 * implementation is {@code RmfSampleEvaluator}; the interface keeps the generator's bookkeeping
 * (sampling, chunks, resume, shards, labels) testable on its own. Implementations are thread-safe.
 */
public interface SampleEvaluator {

  /** Evaluates one point for every nucleus of {@code nuclei}, in that order. */
  SampleResult evaluate(NuclearMatterParameters nmp, List<Nucleus> nuclei);

  /** The settings that determine the results (solver mesh, tolerances, ...), for manifests. */
  Map<String, Object> settings();

  /**
   * What one point gave.
   *
   * @param couplings the couplings, or null when none exist
   * @param noCouplingsReason the reason code when none exist, else null
   * @param nuclei one result per nucleus when couplings exist, else empty
   */
  record SampleResult(Couplings couplings, String noCouplingsReason, List<NucleusResult> nuclei) {
    /** Copies the list. */
    public SampleResult {
      nuclei = List.copyOf(nuclei);
    }

    /** A point without couplings. */
    public static SampleResult noCouplings(String reason) {
      return new SampleResult(null, reason, List.of());
    }
  }

  /**
   * The solver's answer for one nucleus.
   *
   * @param nucleus the nucleus
   * @param converged whether the self-consistent iteration converged
   * @param reason the non-convergence reason, null when converged
   * @param iterations iterations used
   * @param bindingEnergyMeV total binding energy (positive), NaN when not converged
   * @param chargeRadiusFm charge radius, NaN when not converged
   */
  record NucleusResult(Nucleus nucleus, boolean converged, String reason, int iterations,
      double bindingEnergyMeV, double chargeRadiusFm) {}
}

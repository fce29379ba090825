package org.nucleiml.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * Applies the study's classes to one evaluated point: no couplings, else per nucleus non-convergent,
 * else outside the threshold around experiment, else admissible.
 */
public final class Labeler {

  private final Threshold threshold;
  private final Function<Nucleus, ExperimentalReference> experiment;

  /**
   * @param threshold the admissibility threshold
   * @param experiment the measured values of each nucleus (NaN entries where none exist)
   */
  public Labeler(Threshold threshold, Function<Nucleus, ExperimentalReference> experiment) {
    this.threshold = threshold;
    this.experiment = experiment;
  }

  /** The rows of one point, one per nucleus in {@code nuclei} order. */
  public List<SampleRow> rows(long sampleId, NuclearMatterParameters nmp, List<Nucleus> nuclei,
      SampleEvaluator.SampleResult result) {
    List<SampleRow> rows = new ArrayList<>(nuclei.size());
    if (result.couplings() == null) {
      for (Nucleus nucleus : nuclei) {
        rows.add(new SampleRow(sampleId, nmp, null, nucleus, Double.NaN, Double.NaN, 0, false,
            Admissibility.NO_COUPLINGS, result.noCouplingsReason()));
      }
      return rows;
    }
    for (SampleEvaluator.NucleusResult r : result.nuclei()) {
      rows.add(row(sampleId, nmp, result, r));
    }
    return rows;
  }

  private SampleRow row(long sampleId, NuclearMatterParameters nmp,
      SampleEvaluator.SampleResult result, SampleEvaluator.NucleusResult r) {
    Admissibility label;
    String reason;
    if (!r.converged()) {
      label = Admissibility.NON_CONVERGENT;
      reason = r.reason();
    } else {
      reason = thresholdMiss(r);
      label = reason == null ? Admissibility.ADMISSIBLE : Admissibility.OUTSIDE_THRESHOLD;
    }
    return new SampleRow(sampleId, nmp, result.couplings(), r.nucleus(), r.bindingEnergyMeV(),
        r.chargeRadiusFm(), r.iterations(), r.converged(), label, reason);
  }

  private String thresholdMiss(SampleEvaluator.NucleusResult r) {
    ExperimentalReference exp = experiment.apply(r.nucleus());
    boolean beOk = threshold.bindingEnergyWithin(r.bindingEnergyMeV(), exp.bindingEnergyMeV());
    boolean rchOk = threshold.chargeRadiusWithin(r.chargeRadiusFm(), exp.chargeRadiusFm());
    if (beOk && rchOk) {
      return null;
    }
    return !beOk && !rchOk ? "BE_AND_RCH_OUTSIDE_THRESHOLD"
        : !beOk ? "BE_OUTSIDE_THRESHOLD" : "RCH_OUTSIDE_THRESHOLD";
  }
}

package org.nucleiml.validation;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nucleiml.InvalidParameterException;

/**
 * Everything a validation run reports on. The first sample is the primary one: the top-level
 * {@code classifier} and {@code regressor} sections of validation.json describe it and the gates judge it.
 *
 * @param samples the samples, primary first, with distinct names
 * @param gates the gates judging the primary sample
 * @param trainingCurves learning curves to plot, possibly empty
 * @param thresholdAccuracies a Table B2-like threshold study, possibly empty
 * @param unseenNuclei a Table C1-like study of nuclei never trained on, possibly empty
 * @param provenance what produced the inputs (data set and emulator hashes, seeds, versions), copied
 *     into validation.json as given; values may be strings, numbers, lists, maps or Jackson nodes
 */
public record ValidationInput(List<SampleInput> samples, Gates gates, List<TrainingCurve> trainingCurves,
    List<ThresholdAccuracy> thresholdAccuracies, List<UnseenNucleusR2> unseenNuclei,
    Map<String, Object> provenance) {

  /** Validates at least one sample and distinct sample names; replaces nulls by empty values. */
  public ValidationInput {
    samples = List.copyOf(samples);
    if (samples.isEmpty()) {
      throw new InvalidParameterException("samples", "none", "at least one sample");
    }
    Set<String> names = new HashSet<>();
    for (SampleInput s : samples) {
      if (!names.add(s.name())) {
        throw new InvalidParameterException("sample name", "'" + s.name() + "' twice", "distinct sample names");
      }
    }
    gates = gates == null ? Gates.none() : gates;
    trainingCurves = trainingCurves == null ? List.of() : List.copyOf(trainingCurves);
    thresholdAccuracies = thresholdAccuracies == null ? List.of() : List.copyOf(thresholdAccuracies);
    unseenNuclei = unseenNuclei == null ? List.of() : List.copyOf(unseenNuclei);
    provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /** Samples only, without gates, curves, tables or provenance. */
  public static ValidationInput of(List<SampleInput> samples) {
    return new ValidationInput(samples, null, null, null, null, null);
  }

  /** A copy with these gates. */
  public ValidationInput withGates(Gates newGates) {
    return new ValidationInput(samples, newGates, trainingCurves, thresholdAccuracies, unseenNuclei, provenance);
  }

  /** A copy with these training curves. */
  public ValidationInput withTrainingCurves(List<TrainingCurve> curves) {
    return new ValidationInput(samples, gates, curves, thresholdAccuracies, unseenNuclei, provenance);
  }

  /** A copy with these Table B2- and C1-like tables. */
  public ValidationInput withTables(List<ThresholdAccuracy> thresholds, List<UnseenNucleusR2> unseen) {
    return new ValidationInput(samples, gates, trainingCurves, thresholds, unseen, provenance);
  }

  /** A copy with this provenance block. */
  public ValidationInput withProvenance(Map<String, Object> newProvenance) {
    return new ValidationInput(samples, gates, trainingCurves, thresholdAccuracies, unseenNuclei, newProvenance);
  }
}

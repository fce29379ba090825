package org.nucleiml.study.config;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.inference.GaussianPrior;
import org.nucleiml.inference.ProductPrior;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * The written form of a Gaussian prior on one NMP, truncated to that NMP's prior box range.
 *
 * @param parameter the NMP's name, e.g. L0
 * @param mean the mean in the NMP's unit
 * @param sd the standard deviation, > 0
 */
public record PriorEntry(String parameter, Double mean, Double sd) {

  /**
   * The uniform prior over {@code box} with the Gaussian {@code entries} put in; errors name
   * {@code gaussianPriors[i].field}.
   */
  static ProductPrior prior(ParameterBox box, List<PriorEntry> entries) {
    ProductPrior prior = ProductPrior.uniform(box);
    for (int i = 0; i < entries.size(); i++) {
      prior = entries.get(i).into(prior, box, "gaussianPriors[" + i + "].");
    }
    return prior;
  }

  private ProductPrior into(ProductPrior prior, ParameterBox box, String where) {
    if (parameter == null || !NuclearMatterParameters.NAMES.contains(parameter.trim())) {
      throw new InvalidParameterException(where + "parameter", parameter, "one of " + NuclearMatterParameters.NAMES);
    }
    if (mean == null || !Double.isFinite(mean)) {
      throw new InvalidParameterException(where + "mean", mean, "a finite number");
    }
    if (sd == null || !(sd > 0) || Double.isInfinite(sd)) {
      throw new InvalidParameterException(where + "sd", sd, "a finite number > 0");
    }
    var r = box.range(parameter.trim());
    return prior.with(parameter.trim(), new GaussianPrior(mean, sd, r.min(), r.max()));
  }
}

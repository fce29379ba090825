package org.nucleiml.study;

import org.nucleiml.InvalidParameterException;

/**
 * What nml:validate-masses explains with exact Shapley values (spec 4.7): the nuclei of one set of the
 * data set and the number of training nuclei in the fixed, evenly spaced background.
 *
 * @param background background nuclei drawn evenly from the training rows (0: no Shapley values)
 * @param set the explained set ({@code all2020}, {@code new2020}, {@code train}, {@code rest},
 *     {@code all2016} or another evaluation set); null: {@code all2020} when the data set has it, else
 *     {@code all2016}
 */
public record MdnShapleyOptions(int background, String set) {

  /** The spec's background: a fixed 100-nucleus subsample of the training rows. */
  public static final int DEFAULT_BACKGROUND = 100;
  /** The spec's explained set: the AME2020 nuclei. */
  public static final String DEFAULT_SET = "all2020";

  /** Checks the background count. */
  public MdnShapleyOptions {
    if (background < 0) {
      throw new InvalidParameterException("shapleyBackground", background,
          "0 (no Shapley values) or a positive number of training nuclei");
    }
    if (set != null && set.isBlank()) {
      set = null;
    }
  }

  /** The spec's choice: 100 background nuclei, the AME2020 set. */
  public static MdnShapleyOptions defaults() {
    return new MdnShapleyOptions(DEFAULT_BACKGROUND, null);
  }

  /** Whether Shapley values are computed. */
  public boolean enabled() {
    return background > 0;
  }
}

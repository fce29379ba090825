package org.nucleiml.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;

/**
 * Splits rows into training, validation and test parts by group (the sample id: all nuclei of one NMP
 * set land in the same part), with a fixed seed, so no NMP set is seen in training and scored in test.
 *
 * @param training fraction of groups for training, in (0, 1)
 * @param validation fraction of groups for validation, in (0, 1)
 * @param test fraction of groups for test, in [0, 1); the three sum to 1
 */
public record GroupedSplit(double training, double validation, double test) {

  /** Row indices of each part, ascending. */
  public record Parts(int[] training, int[] validation, int[] test) {}

  /** Checks the fractions. */
  public GroupedSplit {
    org.nucleiml.Checks.openRange("split.training", training, 0, 1);
    org.nucleiml.Checks.openRange("split.validation", validation, 0, 1);
    org.nucleiml.Checks.closedRange("split.test", test, 0, 1);
    if (Math.abs(training + validation + test - 1) > 1e-9) {
      throw new InvalidParameterException("split", training + "/" + validation + "/" + test,
          "fractions summing to 1");
    }
  }

  /** Parses "70/15/15" (percentages summing to 100) or "0.7/0.15/0.15" (fractions summing to 1). */
  public static GroupedSplit parse(String text) {
    return parse("split", text);
  }

  /**
   * Parses as {@link #parse(String)}; {@code parameter} names the setting in messages. Parts that sum
   * to neither 100 nor 1 are an error, never silently rescaled.
   */
  public static GroupedSplit parse(String parameter, String text) {
    String[] parts = text == null ? new String[0] : text.trim().split("/");
    double[] v = new double[3];
    try {
      if (parts.length == 3) {
        for (int i = 0; i < 3; i++) {
          v[i] = Double.parseDouble(parts[i].trim());
        }
      }
    } catch (NumberFormatException e) {
      parts = new String[0];
    }
    if (parts.length != 3) {
      throw new InvalidParameterException(parameter, text, "three numbers such as 70/15/15");
    }
    double total = v[0] + v[1] + v[2];
    double scale = Math.abs(total - 100) <= 1e-6 ? 100 : Math.abs(total - 1) <= 1e-9 ? 1 : Double.NaN;
    if (Double.isNaN(scale)) {
      throw new InvalidParameterException(parameter, text + " (sum " + total + ")",
          "training/validation/test percentages summing to 100, such as 70/15/15 (or fractions summing to 1)");
    }
    try {
      return new GroupedSplit(v[0] / scale, v[1] / scale, v[2] / scale);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(parameter, text, e.getMessage());
    }
  }

  /** Splits rows whose groups are {@code groups[row]}; groups are shuffled by {@code seed}. */
  public Parts apply(long[] groups, long seed) {
    List<Long> ids = new ArrayList<>(new TreeSet<>(toList(groups)));
    SplittableRandom random = Seeds.random(seed, 2);
    for (int i = ids.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Long t = ids.get(i);
      ids.set(i, ids.get(j));
      ids.set(j, t);
    }
    int trainEnd = (int) Math.round(training * ids.size());
    int validationEnd = test == 0 ? ids.size() : (int) Math.round((training + validation) * ids.size());
    java.util.Map<Long, Integer> part = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      part.put(ids.get(i), i < trainEnd ? 0 : i < validationEnd ? 1 : 2);
    }
    return new Parts(select(groups, part, 0), select(groups, part, 1), select(groups, part, 2));
  }

  private static int[] select(long[] groups, java.util.Map<Long, Integer> part, int which) {
    return java.util.stream.IntStream.range(0, groups.length).filter(r -> part.get(groups[r]) == which)
        .toArray();
  }

  private static List<Long> toList(long[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }
}

package org.nucleiml.masses;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * How the selected nuclei are split into {@code train}, {@code validation} and {@code test}. Every
 * draw comes from {@code Seeds.random(seed, 0)}, so a split is fixed by the seed alone.
 */
public sealed interface SplitRule {

  /** The rule as written in a configuration, e.g. {@code random(0.2, 0.1)}. */
  String describe();

  /**
   * huang Case A: shuffle (Fisher-Yates), test = the first ceil(test·n), validation = the next
   * ceil(validation·(n − n_test)), train = the rest (the "training rows" of the paper are train and
   * validation together: 1,720 of 2,150).
   *
   * @param test fraction of all selected nuclei in test, in [0, 1)
   * @param validation fraction of the non-test nuclei in validation, in [0, 1)
   */
  record Random(double test, double validation) implements SplitRule {
    /** Checks the fractions. */
    public Random {
      Checks.closedRange("split.test", test, 0, 0.99);
      Checks.closedRange("split.validation", validation, 0, 0.99);
    }

    @Override
    public String describe() {
      return "random(" + test + ", " + validation + ")";
    }
  }

  /**
   * mumpower: shuffle, the first {@code train} nuclei train, the rest test.
   *
   * @param train the number of training nuclei
   */
  record FixedCount(int train) implements SplitRule {
    /** Checks the count. */
    public FixedCount {
      Checks.positive("split.train", train);
    }

    @Override
    public String describe() {
      return "fixedCount(" + train + ")";
    }
  }

  /**
   * huang Case B: train = the selection on another table with that table's values; test = the
   * selection on the mass table narrowed by a relation ({@code new-in:<table>}).
   *
   * @param trainTable the id of the training table
   * @param test the relation picking the test nuclei
   */
  record ByTable(String trainTable, SetRelation test) implements SplitRule {
    @Override
    public String describe() {
      return "byTable(train = " + trainTable + ", test = " + test + ")";
    }
  }

  /** Parses {@code random(test, validation)}, {@code fixedCount(train)} or {@code byTable(train = id, test = new-in:id)}. */
  static SplitRule parse(String name, String text) {
    String t = text == null ? "" : text.replaceAll("\\s+", "");
    Matcher m = Pattern.compile("random\\(([^,()]+),([^,()]+)\\)").matcher(t);
    try {
      if (m.matches()) {
        return new Random(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
      }
      m = Pattern.compile("fixedCount\\(([^,()]+)\\)").matcher(t);
      if (m.matches()) {
        return new FixedCount(Integer.parseInt(m.group(1)));
      }
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, text, "numbers in random(test, validation) or fixedCount(train)");
    }
    m = Pattern.compile("byTable\\(train=([^,()]+),test=([^,()]+)\\)").matcher(t);
    if (m.matches()) {
      return new ByTable(m.group(1), SetRelation.parse(name + " test", m.group(2)));
    }
    throw new InvalidParameterException(name, text,
        "random(test, validation), fixedCount(train) or byTable(train = <table id>, test = new-in:<table id>)");
  }
}

package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.IntStream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.Seeds;
import org.nucleiml.data.SampleTable;
import org.nucleiml.emulator.GroupedSplit;

/**
 * The held-out test rows of the training data set, rebuilt from what emulator.json records (seed and
 * the two grouped splits) exactly as EmulatorTraining drew them: the classifier split over all rows
 * with seed stream 1, the regressor split over the admissible rows with stream 2.
 *
 * @param classifierTest table rows of the classifier's test part
 * @param regressorTest table rows of the regressor's test part (all admissible)
 */
public record HeldOutSplit(int[] classifierTest, int[] regressorTest) {

  /** Rebuilds the test parts for {@code table} from the descriptor's {@code training.hyper_parameters}. */
  public static HeldOutSplit of(SampleTable table, JsonNode descriptor) {
    JsonNode h = descriptor.path("training").path("hyper_parameters");
    if (!h.has("seed") || !h.has("classifier_split") || !h.has("regressor_split")) {
      throw new InvalidParameterException("emulator.json training.hyper_parameters", h,
          "seed, classifier_split and regressor_split as written by nml:train");
    }
    long seed = h.path("seed").asLong();
    int[] all = IntStream.range(0, table.size()).toArray();
    int[] admissible = IntStream.range(0, table.size()).filter(table::admissible).toArray();
    return new HeldOutSplit(test(table, all, split(h.path("classifier_split")), Seeds.derive(seed, 1)),
        test(table, admissible, split(h.path("regressor_split")), Seeds.derive(seed, 2)));
  }

  private static GroupedSplit split(JsonNode s) {
    return new GroupedSplit(s.path("training").asDouble(), s.path("validation").asDouble(), s.path("test").asDouble());
  }

  private static int[] test(SampleTable table, int[] rows, GroupedSplit split, long seed) {
    long[] groups = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      groups[i] = table.sampleId(rows[i]);
    }
    return IntStream.of(split.apply(groups, seed).test()).map(i -> rows[i]).toArray();
  }
}

package org.nucleiml.study;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.validation.Gates;

/**
 * Everything one validation run needs, validated at construction.
 *
 * @param emulator the emulator directory or zip written by nml:train
 * @param data the samples.csv the emulator was trained on
 * @param output the report directory; the independent sample goes to its {@code sample} subdirectory
 * @param validationSamples NMP sets of the independent RMF sample, >= 0 (0: test split only)
 * @param validationSeed seed of the independent sample; must differ from the training data's seed
 * @param unseenNuclei nuclei solved in the independent sample but never trained on (Table C1), possibly empty
 * @param gates the gates judging the primary sample
 * @param threads worker threads of the RMF solves, >= 1 (never changes results)
 */
public record ValidateConfig(Path emulator, Path data, Path output, int validationSamples, long validationSeed,
    List<Nucleus> unseenNuclei, Gates gates, int threads) {

  /** Name of the independent sample's directory inside the output directory. */
  public static final String SAMPLE_DIR = "sample";

  /** Validates every field, naming the POM parameter. */
  public ValidateConfig {
    if (emulator == null || data == null || output == null) {
      throw new InvalidParameterException("emulator, data and outputDirectory", "a missing path", "three paths");
    }
    if (validationSamples < 0) {
      throw new InvalidParameterException("validationSamples", validationSamples,
          "0 (test split only) or a positive number of NMP sets");
    }
    unseenNuclei = List.copyOf(unseenNuclei);
    if (new HashSet<>(unseenNuclei).size() != unseenNuclei.size()) {
      throw new InvalidParameterException("unseenNuclei", unseenNuclei, "each nucleus at most once");
    }
    if (!unseenNuclei.isEmpty() && validationSamples == 0) {
      throw new InvalidParameterException("validationSamples", 0,
          "a positive number when unseenNuclei are given (they are solved in the independent sample)");
    }
    gates = gates == null ? Gates.none() : gates;
    Checks.positive("threads", threads);
  }

  /** The independent sample's directory. */
  public Path sampleDirectory() {
    return output.resolve(SAMPLE_DIR);
  }
}

package org.nucleiml.study;

import org.nucleiml.files.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a step can skip: its output directory holds a manifest with the same fingerprint
 * and every recorded output still has its recorded content hash.
 */
public final class UpToDateCheck {

  /**
   * The decision and, when the step must run, why.
   *
   * @param upToDate true when the step may skip
   * @param reasons what changed since the last run (empty when up to date)
   */
  public record Verdict(boolean upToDate, List<String> reasons) {
    /** Copies the list. */
    public Verdict {
      reasons = List.copyOf(reasons);
    }
  }

  private UpToDateCheck() {}

  /** Compares {@code current} with the manifest in {@code outputDir}. */
  public static Verdict check(Path outputDir, StepFingerprint current) throws IOException {
    Optional<StepManifest> previous = StepManifest.read(outputDir);
    if (previous.isEmpty()) {
      return new Verdict(false, List.of("no complete previous run in " + outputDir));
    }
    List<String> reasons = new ArrayList<>(current.changesSince(previous.get().fingerprint()));
    for (Map.Entry<String, String> output : previous.get().outputs().entrySet()) {
      Path file = outputDir.resolve(output.getKey());
      if (!Files.isRegularFile(file)) {
        reasons.add("output " + output.getKey() + " is missing");
      } else if (!ContentHash.of(file).equals(output.getValue())) {
        reasons.add("output " + output.getKey() + " was modified");
      }
    }
    return new Verdict(reasons.isEmpty(), reasons);
  }
}

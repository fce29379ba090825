package org.nucleiml.study;

import org.nucleiml.files.ContentHash;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a step's outputs depend on: its parameters, its input files' content hashes and the
 * runtime version. Two runs with equal fingerprints produce identical outputs, which is what lets a
 * step say "up to date" and skip, or name exactly what changed when it re-runs.
 *
 * @param step the step name, e.g. {@code generate}
 * @param runtimeVersion the runtime version that computes the outputs
 * @param parameters parameter name to canonical text value
 * @param inputs input name to SHA-256 of its content
 */
public record StepFingerprint(String step, String runtimeVersion, SortedMap<String, String> parameters,
    SortedMap<String, String> inputs) {

  /** Copies the maps so the fingerprint stays immutable. */
  public StepFingerprint {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(runtimeVersion, "runtimeVersion");
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
  }

  /** Starts a fingerprint of {@code step} for the given runtime version. */
  public static Builder builder(String step, String runtimeVersion) {
    return new Builder(step, runtimeVersion);
  }

  /** One SHA-256 over the canonical text of the whole fingerprint. */
  public String digest() {
    StringBuilder canonical = new StringBuilder(step).append('\n').append(runtimeVersion).append('\n');
    parameters.forEach((k, v) -> canonical.append("p ").append(k).append('=').append(v).append('\n'));
    inputs.forEach((k, v) -> canonical.append("i ").append(k).append('=').append(v).append('\n'));
    return ContentHash.ofText(canonical.toString());
  }

  /** Human-readable differences from an earlier fingerprint of the same step, empty when equal. */
  public List<String> changesSince(StepFingerprint previous) {
    List<String> changes = new ArrayList<>();
    if (!runtimeVersion.equals(previous.runtimeVersion)) {
      changes.add("runtime version " + previous.runtimeVersion + " -> " + runtimeVersion);
    }
    describe("parameter", previous.parameters, parameters, true, changes);
    describe("input", previous.inputs, inputs, false, changes);
    return changes;
  }

  private static void describe(String kind, Map<String, String> before, Map<String, String> after,
      boolean showValues, List<String> changes) {
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      String was = before.get(key);
      String now = after.get(key);
      if (Objects.equals(was, now)) {
        continue;
      }
      if (showValues || was == null || now == null) {
        changes.add(kind + " " + key + ": " + (was == null ? "(none)" : was) + " -> "
            + (now == null ? "(none)" : now));
      } else {
        changes.add(kind + " " + key + " changed (content hash " + abbreviate(was) + " -> "
            + abbreviate(now) + ")");
      }
    }
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  /** Collects parameters and inputs; values are stored as canonical text. */
  public static final class Builder {
    private final String step;
    private final String runtimeVersion;
    private final SortedMap<String, String> parameters = new TreeMap<>();
    private final SortedMap<String, String> inputs = new TreeMap<>();

    private Builder(String step, String runtimeVersion) {
      this.step = step;
      this.runtimeVersion = runtimeVersion;
    }

    /** Adds a parameter; doubles are recorded exactly (shortest repr that round-trips). */
    public Builder parameter(String name, Object value) {
      parameters.put(name, String.valueOf(value));
      return this;
    }

    /** Adds an input by the SHA-256 of its content. */
    public Builder input(String name, String sha256) {
      inputs.put(name, sha256);
      return this;
    }

    /** The fingerprint. */
    public StepFingerprint build() {
      return new StepFingerprint(step, runtimeVersion, parameters, inputs);
    }
  }
}

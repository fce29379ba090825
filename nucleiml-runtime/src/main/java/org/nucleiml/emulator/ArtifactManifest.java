package org.nucleiml.emulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.ContentHash;

/**
 * The emulator's {@value EmulatorArtifact#MANIFEST}: one line {@code <sha256>  <file>} per file of the
 * artifact, in name order, the form {@code sha256sum -c} reads. It pins emulator.json (scalers,
 * targets, trained nuclei and box) as firmly as the network files.
 */
final class ArtifactManifest {

  private ArtifactManifest() {}

  /** The manifest of {@code files} (file name to content). */
  static byte[] of(Map<String, byte[]> files) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
      text.append(ContentHash.of(e.getValue())).append("  ").append(e.getKey()).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** True when {@code name} is listed in the manifest held in {@code files} (checked by verify). */
  static boolean listed(Map<String, byte[]> files, String name) {
    return parse(null, files.get(EmulatorArtifact.MANIFEST)).containsKey(name);
  }

  /**
   * Checks that the manifest is present and well formed, lists emulator.json, and that every file it
   * lists is present with the recorded SHA-256.
   *
   * @param where the artifact directory or zip, for messages
   */
  static void verify(Path where, Map<String, byte[]> files) {
    byte[] manifest = files.get(EmulatorArtifact.MANIFEST);
    if (manifest == null) {
      throw new InvalidParameterException("emulator", where + " (no " + EmulatorArtifact.MANIFEST + ")",
          "a complete emulator written by nml:train, whose " + EmulatorArtifact.MANIFEST
          + " lists the SHA-256 of every file (an interrupted or older train run leaves none: train again)");
    }
    Map<String, String> hashes = parse(where, manifest);
    if (!hashes.containsKey(EmulatorArtifact.DESCRIPTOR)) {
      throw new InvalidParameterException(where + "/" + EmulatorArtifact.MANIFEST, hashes.keySet(),
          "a list including " + EmulatorArtifact.DESCRIPTOR);
    }
    for (Map.Entry<String, String> e : hashes.entrySet()) {
      byte[] bytes = files.get(e.getKey());
      String found = bytes == null ? "missing" : "SHA-256 " + ContentHash.of(bytes);
      if (bytes == null || !ContentHash.of(bytes).equals(e.getValue())) {
        throw new InvalidParameterException(where + "/" + e.getKey(), found, "the SHA-256 recorded in "
            + EmulatorArtifact.MANIFEST + ": " + e.getValue() + " (the file was changed or damaged after"
            + " nml:train wrote it)");
      }
    }
  }

  private static Map<String, String> parse(Path where, byte[] manifest) {
    Map<String, String> hashes = new TreeMap<>();
    String[] lines = new String(manifest, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() && i == lines.length - 1) {
        break;
      }
      if (!line.matches("[0-9a-f]{64}  [^/\\\\]+")) {
        throw new InvalidParameterException(where + "/" + EmulatorArtifact.MANIFEST + " line " + (i + 1),
            "'" + line + "'", "'<64 hex digits>  <file name>' as nml:train wrote it");
      }
      hashes.put(line.substring(66), line.substring(0, 64));
    }
    if (hashes.isEmpty() || !new String(manifest, StandardCharsets.UTF_8).endsWith("\n")) {
      throw new InvalidParameterException(where + "/" + EmulatorArtifact.MANIFEST, "a truncated manifest",
          "one line per file, each ending in a newline");
    }
    return hashes;
  }
}

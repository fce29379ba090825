package org.nucleiml.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;

/**
 * The outputs of the independent members of a step (the models of a mass-model study, the networks of
 * an ensemble), one directory per member, each finished by a completion marker. A member computed as
 * an array task on a compute node is joined by the merge job only when its marker says it was computed
 * for the configuration the build asks for (the member's fingerprint) and every file still has the
 * SHA-256 recorded there; a member killed mid-write, computed for other settings or tampered with
 * counts as missing and is computed again.
 *
 * <p>Layout: {@code <root>/member-<i>/<files>} and {@code <root>/member-<i>/complete.json}
 * ({@code {"fingerprint": ..., "files": {name: sha256}}}), the marker written last, atomically.
 */
public final class MemberOutputs {

  /** The completion marker of a member directory. */
  public static final String MARKER = "complete.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;

  /** @param root the directory holding one {@code member-<i>} directory per member */
  public MemberOutputs(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The directory holding every member's directory. */
  public Path root() {
    return root;
  }

  /** The directory of member {@code i}. */
  public Path directory(int member) {
    return root.resolve("member-" + member);
  }

  /**
   * Writes member {@code i}'s files, then its marker. An earlier marker is removed first, so a member
   * interrupted while rewriting its files is never taken for complete.
   *
   * @param fingerprint what the files were computed from (the step's digest of this member's inputs)
   * @param files file name to content
   */
  public void commit(int member, String fingerprint, Map<String, byte[]> files) throws IOException {
    Path dir = directory(member);
    Files.createDirectories(dir);
    Files.deleteIfExists(dir.resolve(MARKER));
    ObjectNode marker = JSON.createObjectNode();
    marker.put("fingerprint", fingerprint);
    ObjectNode hashes = marker.putObject("files");
    for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
      if (f.getKey().equals(MARKER) || f.getKey().contains("/") || f.getKey().contains("\\")) {
        throw new IllegalArgumentException("member file name " + f.getKey());
      }
      AtomicFiles.writeBytes(dir.resolve(f.getKey()), f.getValue());
      hashes.put(f.getKey(), ContentHash.of(f.getValue()));
    }
    AtomicFiles.writeString(dir.resolve(MARKER), JSON.writeValueAsString(marker).replace("\r\n", "\n") + "\n");
  }

  /** Whether member {@code i} is complete for {@code fingerprint}: marker present and matching, every file intact. */
  public boolean complete(int member, String fingerprint) {
    try {
      return read(member, fingerprint) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The files of member {@code i}, checked against its marker.
   *
   * @return file name to content, or null when the member is missing, incomplete, computed for another
   *     fingerprint or altered since
   */
  public Map<String, byte[]> read(int member, String fingerprint) throws IOException {
    Path dir = directory(member);
    Path markerFile = dir.resolve(MARKER);
    if (!Files.isRegularFile(markerFile)) {
      return null;
    }
    JsonNode marker = JSON.readTree(markerFile.toFile());
    if (marker == null || !fingerprint.equals(marker.path("fingerprint").asText())) {
      return null;
    }
    Map<String, byte[]> files = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = marker.path("files").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> f = it.next();
      Path file = dir.resolve(f.getKey());
      if (!Files.isRegularFile(file)) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (!ContentHash.of(bytes).equals(f.getValue().asText())) {
        return null;
      }
      files.put(f.getKey(), bytes);
    }
    return files.isEmpty() ? null : files;
  }
}

package org.nucleiml.emulator.network.dten;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;

/**
 * A DTEN ensemble on disk: one {@link DtenModelFile} per member ({@code member-<i>.json}, as an array
 * task writes it) and {@code ensemble.json} naming each member file with its SHA-256, validation RMS and
 * weight (format "nml-dten-ensemble", version 1, {@code weighting} "INVERSE_VARIANCE"). Deterministic
 * bytes; reading checks every member's hash, so a member retrained with other settings is noticed.
 */
public final class DtenEnsembleFile {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "nml-dten-ensemble";
  /** The current format version. */
  public static final int VERSION = 1;
  /** The ensemble file's name in its directory. */
  public static final String NAME = "ensemble.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DtenEnsembleFile() {}

  /** The member file name of member {@code i}. */
  public static String memberFileName(int member) {
    return "member-" + member + ".json";
  }

  /** The bytes of {@code ensemble.json} for members whose files have the given bytes. */
  public static byte[] encode(DtenEnsemble ensemble, List<byte[]> memberFiles) {
    return encode(ensemble, memberFiles, "");
  }

  /**
   * The bytes of an ensemble file whose member files are named {@code prefix + memberFileName(i)} (several
   * ensembles side by side in one directory, e.g. prefix {@code "rho-exp."}).
   */
  public static byte[] encode(DtenEnsemble ensemble, List<byte[]> memberFiles, String prefix) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION).put("weighting", "INVERSE_VARIANCE");
    double[] w = ensemble.weights();
    for (int i = 0; i < w.length; i++) {
      DtenMember m = ensemble.members().get(i);
      root.withArray("members").addObject().put("index", i).put("file", prefix + memberFileName(i))
          .put("sha256", ContentHash.of(memberFiles.get(i))).put("validationRmsMeV", m.validationRmsMeV())
          .put("weight", w[i]);
    }
    return DtenModelFile.json(root);
  }

  /** Writes every member file, then {@code ensemble.json} (last, atomically). */
  public static void write(DtenEnsemble ensemble, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<byte[]> files = new ArrayList<>();
    for (DtenMember m : ensemble.members()) {
      byte[] bytes = DtenModelFile.encode(m);
      AtomicFiles.writeBytes(directory.resolve(memberFileName(m.index())), bytes);
      files.add(bytes);
    }
    AtomicFiles.writeBytes(directory.resolve(NAME), encode(ensemble, files));
  }

  /** Reads an ensemble written by {@link #write}, checking every member file against its recorded hash. */
  public static DtenEnsemble read(Path directory, int threads) throws IOException {
    return read(directory, NAME, threads);
  }

  /** Reads the ensemble file {@code name} of {@code directory}; its member files are named relative to it. */
  public static DtenEnsemble read(Path directory, String name, int threads) throws IOException {
    Path file = directory.resolve(name);
    JsonNode root = JSON.readTree(Files.readAllBytes(file));
    if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
      throw new InvalidParameterException(file.toString(), "not a DTEN ensemble file",
          "JSON with format \"" + FORMAT + "\", version " + VERSION);
    }
    List<DtenMember> members = new ArrayList<>();
    for (JsonNode m : root.path("members")) {
      Path memberFile = directory.resolve(m.path("file").asText());
      byte[] bytes = Files.readAllBytes(memberFile);
      if (!ContentHash.of(bytes).equals(m.path("sha256").asText())) {
        throw new InvalidParameterException(memberFile.toString(), "SHA-256 " + ContentHash.of(bytes),
"the SHA-256 recorded in " + name + " (" + m.path("sha256").asText() + ")");
      }
      members.add(DtenModelFile.decode(bytes, memberFile.toString(), threads));
    }
    return new DtenEnsemble(members);
  }
}

package org.nucleiml.study;

import org.nucleiml.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A local, content-addressed store of finished step outputs, keyed by the step's fingerprint digest:
 * a second study whose step has the same fingerprint copies the outputs instead of recomputing them.
 * Entries are written to a temporary directory and renamed into place, so a reader never sees a
 * partial entry; each entry carries a {@link StepManifest} whose hashes are checked on restore.
 */
public final class BuildCache {

  /** The default location, {@code ~/.nml/build-cache}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".nml", "build-cache");
  }

  private final Path root;

  /** A cache rooted at {@code root} (created on first store). */
  public BuildCache(Path root) {
    this.root = root;
  }

  /** The cache directory. */
  public Path root() {
    return root;
  }

  /**
   * Copies the cached outputs of {@code fingerprint} into {@code outputDir} and writes the step
   * manifest there; empty when there is no intact entry.
   */
  public Optional<StepManifest> restore(StepFingerprint fingerprint, Path outputDir) throws IOException {
    Path entry = entry(fingerprint);
    Optional<StepManifest> cached = StepManifest.read(entry);
    if (cached.isEmpty() || !cached.get().fingerprint().equals(fingerprint)
        || !UpToDateCheck.check(entry, fingerprint).upToDate()) {
      return Optional.empty();
    }
    Files.createDirectories(outputDir);
    for (String file : cached.get().outputs().keySet()) {
      Path target = outputDir.resolve(file);
      AtomicFiles.write(target, tmp -> Files.copy(entry.resolve(file), tmp,
          StandardCopyOption.REPLACE_EXISTING));
    }
    cached.get().write(outputDir);
    return cached;
  }

  /** Stores the outputs named by {@code manifest} from {@code outputDir}; a no-op if present. */
  public void store(StepManifest manifest, Path outputDir) throws IOException {
    Path entry = entry(manifest.fingerprint());
    if (Files.isDirectory(entry)) {
      return;
    }
    Files.createDirectories(entry.getParent());
    // Staged next to the entry, on the same file system, so the final rename is atomic.
    Path staging = Files.createTempDirectory(entry.getParent(), ".staging-");
    try {
      for (String file : manifest.outputs().keySet()) {
        Path target = staging.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(outputDir.resolve(file), target);
      }
      manifest.write(staging);
      Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // Another build stored the same entry first: its content is identical by construction.
    } finally {
      deleteTree(staging);
    }
  }

  private Path entry(StepFingerprint fingerprint) {
    return root.resolve(fingerprint.step()).resolve(fingerprint.digest());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Names of the files of a manifest, for logs. */
  static List<String> files(StepManifest manifest) {
    return List.copyOf(manifest.outputs().keySet());
  }
}

package org.nucleiml;

import org.nucleiml.files.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this runtime, recorded next to every output so a result can be traced to the code
 * that produced it.
 */
public final class RuntimeVersion {

  private static final String VERSION = load();
  private static final String BUILD = build();

  private RuntimeVersion() {}

  /** Returns the Maven version of nucleiml-runtime, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return VERSION;
  }

  /**
   * The version plus, for a SNAPSHOT, the SHA-256 of the runtime jar: a rebuilt SNAPSHOT may compute
   * different numbers under the same version, and up-to-date checks must notice.
   */
  public static String fingerprint() {
    return BUILD;
  }

  private static String build() {
    if (!VERSION.endsWith("-SNAPSHOT")) {
      return VERSION;
    }
    try {
      java.net.URL location = RuntimeVersion.class.getProtectionDomain().getCodeSource().getLocation();
      java.nio.file.Path path = java.nio.file.Path.of(location.toURI());
      if (java.nio.file.Files.isRegularFile(path)) {
        return VERSION + "+" + ContentHash.of(path).substring(0, 16);
      }
    } catch (Exception e) {
      // Running from a class directory (an IDE, the module's own tests): the version alone.
    }
    return VERSION;
  }

  private static String load() {
    // A filtered resource, not the jar manifest: it is also right when running from target/classes.
    try (InputStream in = RuntimeVersion.class.getResourceAsStream("/org/nucleiml/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/nucleiml/version.properties missing from the runtime jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.nucleiml.cluster;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The runtime's own jars (the runtime and its dependencies), staged into a directory that compute
 * nodes can read, and the {@code java} command that runs the {@code nml} CLI from them. Tasks thus
 * need neither Maven nor a network, only a JDK and the shared file system.
 */
public final class RuntimeJars {

  /** The CLI's entry point. */
  public static final String MAIN_CLASS = "org.nucleiml.cli.NmlCommand";

  private RuntimeJars() {}

  /**
   * Copies the jars the runtime was loaded from into {@code libDir} (a jar already there with the
   * same bytes is kept) and returns the command prefix {@code java -cp <jars> org.nucleiml.cli.NmlCommand}.
   */
  public static List<String> stageCommand(Path libDir) throws IOException {
    Files.createDirectories(libDir);
    List<String> classpath = new ArrayList<>();
    for (Path jar : loadedFrom()) {
      Path target = libDir.resolve(jar.getFileName());
      if (!Files.exists(target) || Files.mismatch(jar, target) != -1) {
        Path part = libDir.resolve(jar.getFileName() + ".part");
        Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      classpath.add(target.toAbsolutePath().toString());
    }
    return List.of(java().toString(), "-cp", String.join(File.pathSeparator, classpath), MAIN_CLASS);
  }

  /** The java launcher of this JVM. */
  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** The jars (and class directories turned away: only jars can be staged) this runtime runs from. */
  static List<Path> loadedFrom() throws IOException {
    Set<Path> jars = new LinkedHashSet<>();
    ClassLoader loader = RuntimeJars.class.getClassLoader();
    if (loader instanceof URLClassLoader urls) {
      // A Maven plugin realm: the plugin's dependencies, the runtime and its libraries among them.
      for (URL url : urls.getURLs()) {
        add(jars, url);
      }
    }
    if (jars.isEmpty()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          jars.add(Path.of(entry).toAbsolutePath());
        }
      }
    }
    List<Path> result = new ArrayList<>();
    for (Path p : jars) {
      if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")) {
        result.add(p);
      } else if (Files.isDirectory(p)) {
        throw new IOException("the runtime runs from the class directory " + p
            + ", which cannot be staged for compute nodes; run from the packaged jars (mvn package) instead");
      }
    }
    if (result.isEmpty()) {
      throw new IOException("cannot tell which jars the runtime was loaded from (class loader " + loader + ")");
    }
    return result;
  }

  private static void add(Set<Path> jars, URL url) throws IOException {
    if ("file".equals(url.getProtocol())) {
      try {
        jars.add(Path.of(url.toURI()).toAbsolutePath());
      } catch (URISyntaxException e) {
        throw new IOException("unreadable class path entry " + url, e);
      }
    }
  }
}

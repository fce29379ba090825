package org.nucleiml.study.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nucleiml.validation.report.PlotFile;

/**
 * Relative links from the report's directory to files the steps wrote. The report links the steps'
 * PNGs where they are instead of copying them, and only those that exist, so no image is broken.
 *
 * @param reportDirectory the directory report.html is written to
 * @param study the study directory the steps wrote into
 */
record PageLinks(Path reportDirectory, Path study) {

  /** Normalises both paths, so the relative links hold no "." segments. */
  PageLinks {
    reportDirectory = reportDirectory.toAbsolutePath().normalize();
    study = study.toAbsolutePath().normalize();
  }

  /** The '/'-separated path from the report to the study file {@code relative}, when that file exists. */
  Optional<String> to(String relative) {
    Path file = study.resolve(relative);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(reportDirectory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
  }

  /** A plot of the study file {@code relative}, when it exists. */
  Optional<PlotFile> plot(String relative, String title, String caption) {
    return to(relative).map(href -> new PlotFile(href, title, caption));
  }

  /** A link to the study file {@code relative}, when it exists. */
  Optional<Link> link(String relative, String text) {
    return to(relative).map(href -> new Link(href, text));
  }

  /**
   * The files of the study folder {@code folder} whose names start with {@code prefix} and end with
   * {@code suffix}, as study-relative paths, sorted so the page order does not depend on the file system.
   */
  List<String> files(String folder, String prefix, String suffix) throws IOException {
    Path dir = study.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix) && n.endsWith(suffix)).sorted().map(n -> folder + "/" + n).toList();
    }
  }
}

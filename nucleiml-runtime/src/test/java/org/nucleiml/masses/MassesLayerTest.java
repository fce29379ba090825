package org.nucleiml.masses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The masses package sits beside data: it imports only the root package, physics and files from
 * the project (plus the JDK and Jackson), and nothing of Maven.
 */
class MassesLayerTest {

  @Test
  void importsOnlyTheLayersBelow() throws IOException {
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/nucleiml/masses"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          String l = line.strip();
          if (!l.startsWith("import ")) {
            continue;
          }
          String name = l.replace("import static ", "").replace("import ", "").replace(";", "");
          boolean allowed = name.startsWith("java.") || name.startsWith("com.fasterxml.jackson.")
              || name.startsWith("org.nucleiml.masses.") || name.startsWith("org.nucleiml.physics.")
              || name.startsWith("org.nucleiml.files.")
              || name.matches("org\\.nucleiml\\.[A-Z][A-Za-z]*");
          if (!allowed) {
            offending.add(f.getFileName() + ": " + name);
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }
}

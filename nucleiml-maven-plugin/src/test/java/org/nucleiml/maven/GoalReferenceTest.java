package org.nucleiml.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/goals.md equal to what the plugin descriptor says: a changed goal, parameter, default or
 * Javadoc fails the build until the page is regenerated with -Dnml.docs.regenerate=true.
 */
class GoalReferenceTest {

  /** Surefire runs in the module directory; the docs live at the repository root, one level up. */
  private static final Path DOCUMENT = Path.of("..", "docs", "goals.md");

  private static String descriptorXml;
  private static List<GoalReference.Goal> goals;
  private static String rendered;

  @BeforeAll
  static void render() throws IOException {
    assertTrue(Files.isRegularFile(GoalReference.DESCRIPTOR), GoalReference.DESCRIPTOR
        + " is missing: run the build through process-classes (e.g. ./mvnw -pl nucleiml-maven-plugin test)");
    descriptorXml = Files.readString(GoalReference.DESCRIPTOR);
    goals = GoalReference.read(GoalReference.DESCRIPTOR);
    rendered = GoalReference.render(goals);
  }

  @Test
  void committedReferenceMatchesTheDescriptor() throws IOException {
    if (Boolean.getBoolean("nml.docs.regenerate")) {
      Files.writeString(DOCUMENT, rendered);
      System.out.println("Wrote " + DOCUMENT.toAbsolutePath().normalize());
      return;
    }
    String message = "docs/goals.md is out of date with the plugin descriptor; regenerate it with\n  "
        + GoalReference.REGENERATE_COMMAND + "\nand commit it.";
    if (!Files.isRegularFile(DOCUMENT)) {
      fail(DOCUMENT + " does not exist. " + message);
    }
    // A checkout with core.autocrlf may turn the committed LF into CRLF; that is not a change.
    String committed = Files.readString(DOCUMENT).replace("\r\n", "\n");
    if (!committed.equals(rendered)) {
      fail(message + "\n" + firstDifference(committed, rendered));
    }
  }

  @Test
  void everyGoalOfTheDescriptorHasASectionInLifecycleOrder() {
    Matcher mojoGoal = Pattern.compile("<mojo>\\s*<goal>([^<]+)</goal>").matcher(descriptorXml);
    int mojos = 0;
    while (mojoGoal.find()) {
      mojos++;
      assertTrue(rendered.contains("\n## nml:" + mojoGoal.group(1) + "\n"), "no section for " + mojoGoal.group(1));
    }
    assertEquals(mojos, goals.size());
    int previous = -1;
    for (String goal : List.of("generate", "train", "validate", "posterior", "help")) {
      int at = rendered.indexOf("\n## nml:" + goal + "\n");
      assertTrue(at > previous, "nml:" + goal + " is out of lifecycle order");
      previous = at;
    }
  }

  @Test
  void generateListsSamplesWithDefaultAndUserProperty() {
    String generate = rendered.substring(rendered.indexOf("\n## nml:generate\n"), rendered.indexOf("\n## nml:train\n"));
    assertTrue(generate.contains("Default phase: `generate-resources`."));
    assertTrue(generate.contains("| `samples` | `long` | `2000` | `" + PropertyNames.GENERATE_SAMPLES + "` | no |"),
        generate);
    // Maven injects the project; it is not a parameter anyone sets.
    assertFalse(generate.contains("`project`"), generate);
  }

  private static String firstDifference(String committed, String rendered) {
    String[] a = committed.split("\n", -1);
    String[] b = rendered.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String was = i < a.length ? a[i] : "(end of file)";
      String now = i < b.length ? b[i] : "(end of file)";
      if (!was.equals(now)) {
        return "first difference at line " + (i + 1) + ":\n  committed: " + was + "\n  generated: " + now;
      }
    }
    return "";
  }
}

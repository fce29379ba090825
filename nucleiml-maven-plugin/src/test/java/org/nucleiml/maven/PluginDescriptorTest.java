package org.nucleiml.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads the generated plugin descriptor (target/classes/META-INF/maven/plugin.xml) and requires
 * what users of any goal can rely on: a skip parameter of its own, bound to {@code nml.<goal>.skip},
 * and a user property for every simple-typed parameter, so that any single value can be set with
 * {@code -D} without editing a POM (issue #17).
 */
class PluginDescriptorTest {

  /** Types a {@code -D} value can set; lists and nested configurations are written in the POM. */
  private static final Set<String> SIMPLE_TYPES = Set.of("boolean", "int", "long", "double", "float",
      "Boolean", "Integer", "Long", "Double", "Float", "String", "File");

  @Test
  void testDescriptor_everyGoalHasItsOwnSkipProperty() throws IOException {
    List<String> missing = new ArrayList<>();
    int goals = 0;
    for (GoalReference.Goal goal : GoalReference.read(GoalReference.DESCRIPTOR)) {
      if (goal.name().equals("help")) {
        continue;
      }
      goals++;
      String property = PropertyNames.skipOf(goal.name());
      boolean found = goal.parameters().stream()
          .anyMatch(p -> p.property().equals(property) && p.type().equals("boolean") && p.defaultValue().equals("false"));
      if (!found) {
        missing.add("nml:" + goal.name() + " has no boolean parameter with property " + property + " (default false)");
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(goals >= 8, "only " + goals + " goals in the descriptor");
  }

  @Test
  void testDescriptor_everySimpleParameterHasAUserProperty() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (GoalReference.Goal goal : GoalReference.read(GoalReference.DESCRIPTOR)) {
      for (GoalReference.Parameter p : goal.parameters()) {
        if (!SIMPLE_TYPES.contains(p.type())) {
          continue;
        }
        checked++;
        if (p.property().isEmpty()) {
          missing.add("nml:" + goal.name() + " " + p.name() + " (" + p.type() + ")");
        }
      }
    }
    assertEquals(List.of(), missing, "simple-typed parameters without a user property");
    assertTrue(checked >= 80, "only " + checked + " simple parameters checked");
  }

  @Test
  void testSkipOf_namesTheGoalInCamelCase() {
    assertEquals("nml.trainMasses.skip", PropertyNames.skipOf("train-masses"));
    assertEquals("nml.generate.skip", PropertyNames.skipOf("generate"));
  }
}

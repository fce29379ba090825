package org.nucleiml.maven;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * The default values Maven injects into a mojo's parameters, read from the plugin descriptor and
 * converted to the fields' types; expressions such as {@code ${project.build.directory}} are left out.
 */
final class MojoDefaults {

  private MojoDefaults() {}

  /** The descriptor's defaults of {@code goal}, by parameter name, as written. */
  static Map<String, String> written(String goal) throws IOException {
    Map<String, String> defaults = new HashMap<>();
    for (GoalReference.Goal g : GoalReference.read(GoalReference.DESCRIPTOR)) {
      if (g.name().equals(goal)) {
        g.parameters().stream().filter(p -> p.defaultValue() != null && !p.defaultValue().isEmpty() && !p.defaultValue().contains("${"))
            .forEach(p -> defaults.put(p.name(), p.defaultValue()));
      }
    }
    return defaults;
  }

  /** The defaults of {@code mojo}'s goal, typed as its fields. */
  static Map<String, Object> of(Class<? extends AbstractNmlMojo> mojo) throws IOException {
    String goal = goalOf(mojo);
    Map<String, Object> typed = new HashMap<>();
    for (Map.Entry<String, String> e : written(goal).entrySet()) {
      typed.put(e.getKey(), convert(field(mojo, e.getKey()).getType(), e.getValue()));
    }
    return typed;
  }

  static String goalOf(Class<? extends AbstractNmlMojo> mojo) {
    try {
      return mojo.getDeclaredConstructor().newInstance().goalName();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
  }

  private static Object convert(Class<?> type, String text) {
    if (type == int.class || type == Integer.class) {
      return Integer.valueOf(text);
    }
    if (type == long.class || type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == double.class || type == Double.class) {
      return Double.valueOf(text);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.valueOf(text);
    }
    if (type == String.class) {
      return text;
    }
    throw new IllegalArgumentException("no conversion of '" + text + "' to " + type);
  }
}

package org.nucleiml.maven;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Sets a mojo's parameters as Maven would (by field name, searched up the class hierarchy), so that
 * tests can run a goal in-process without a Maven session.
 */
final class MojoFields {

  private MojoFields() {}

  /** Sets every named field on {@code target}; returns the target. */
  static <T> T set(T target, Map<String, ?> values) {
    values.forEach((name, value) -> set(target, name, value));
    return target;
  }

  static void set(Object target, String name, Object value) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no parameter " + name);
  }
}

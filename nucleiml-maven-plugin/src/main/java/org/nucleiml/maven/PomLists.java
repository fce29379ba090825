package org.nucleiml.maven;

import java.util.List;
import java.util.function.Function;

/** Maps an optional POM list of nested parameters onto the runtime's written forms. */
final class PomLists {

  private PomLists() {}

  /** The mapped list; empty when the POM has none. */
  static <P, R> List<R> map(List<P> pom, Function<P, R> entry) {
    return pom == null ? List.of() : pom.stream().map(entry).toList();
  }
}

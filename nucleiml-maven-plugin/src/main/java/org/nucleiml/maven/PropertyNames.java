package org.nucleiml.maven;

/** User-property names of the nml goals, in one place so that docs and code cannot drift apart. */
final class PropertyNames {

  static final String SKIP = "nml.skip";

  private PropertyNames() {}
}

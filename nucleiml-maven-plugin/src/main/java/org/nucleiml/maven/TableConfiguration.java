package org.nucleiml.maven;

/**
 * POM form of one table: {@code <table><id>ame2016</id><format>ame2016</format>
 * <file>src/data/mass16.txt</file></table>}. Without a file the bundled copy is read.
 */
public class TableConfiguration {

  /** The table's id (the bundled ones: ame2016, ame2020, ws4, radii). */
  String id;
  /** ame2016, ame2020, ws4 or radii; default: the id. */
  String format;
  /** A file overriding the bundled copy. */
  java.io.File file;
}

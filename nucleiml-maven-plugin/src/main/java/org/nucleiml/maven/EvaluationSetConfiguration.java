package org.nucleiml.maven;

/**
 * POM form of an evaluation set: {@code <evaluationSet><id>new2020</id><table>ame2020</table>
 * <relation>new-in:ame2016</relation></evaluationSet>}; without a selection the data set's own.
 */
public class EvaluationSetConfiguration {

  /** The set's id, written in the split column. */
  String id;
  /** The id of the table providing values. */
  String table;
  /** The selection rule; default: the data set's. */
  SelectionConfiguration selection;
  /** e.g. new-in:ame2016. */
  String relation;
}

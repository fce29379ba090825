package org.nucleiml.masses;

import org.nucleiml.InvalidParameterException;

/**
 * An extra set of nuclei written to nuclei.csv with its own id in the {@code split} column (e.g.
 * mumpower's {@code all2020} and {@code new2020}): a table's values on a selection, optionally
 * narrowed by a relation.
 *
 * @param id the set's id (not train, validation, test or selected)
 * @param table the id of the table providing values
 * @param selection the rule, or null for the data set's main selection
 * @param relation e.g. {@code new-in:ame2016}, or null
 */
public record EvaluationSet(String id, String table, Selection selection, SetRelation relation) {

  /** Checks the id. */
  public EvaluationSet {
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")
        || java.util.Set.of("train", "validation", "test", "selected").contains(id)) {
      throw new InvalidParameterException("evaluationSets.id", id,
          "a name of letters, digits, '.', '_' or '-' other than train, validation, test and selected");
    }
    if (table == null || table.isBlank()) {
      throw new InvalidParameterException("evaluationSets[" + id + "].table", table, "a table id");
    }
  }
}

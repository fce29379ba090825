package org.nucleiml.inference.backend;

import java.util.ArrayList;
import java.util.List;
import org.nucleiml.inference.Target;
import org.nucleiml.physics.Nucleus;

/**
 * The distinct nuclei of a target list, in first-seen order, and each target's nucleus index: the
 * models compute BE and Rch of a nucleus together, so each nucleus is evaluated once per point.
 */
record NucleusRows(List<Nucleus> nuclei, int[] rowOfTarget) {

  /** Groups {@code targets} by nucleus. */
  static NucleusRows of(List<Target> targets) {
    List<Nucleus> nuclei = new ArrayList<>();
    int[] row = new int[targets.size()];
    for (int t = 0; t < row.length; t++) {
      Nucleus nucleus = targets.get(t).nucleus();
      int i = nuclei.indexOf(nucleus);
      if (i < 0) {
        i = nuclei.size();
        nuclei.add(nucleus);
      }
      row[t] = i;
    }
    return new NucleusRows(List.copyOf(nuclei), row);
  }

  /** The number of distinct nuclei. */
  int size() {
    return nuclei.size();
  }

  /** The j-th distinct nucleus. */
  Nucleus nucleus(int j) {
    return nuclei.get(j);
  }

  /** The nucleus index of target t. */
  int row(int t) {
    return rowOfTarget[t];
  }
}

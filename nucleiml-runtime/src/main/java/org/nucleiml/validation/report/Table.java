package org.nucleiml.validation.report;

import java.util.List;

/**
 * A table of already formatted cells, rendered alike in Markdown and HTML.
 *
 * @param caption a sentence saying what the table shows
 * @param header the column names
 * @param rows the rows, each as many cells as the header
 */
public record Table(String caption, List<String> header, List<List<String>> rows) {

  /** Copies the lists and checks that every row fits the header. */
  public Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("table '" + caption + "': row of " + row.size()
            + " cells, expected " + header.size());
      }
    }
  }
}

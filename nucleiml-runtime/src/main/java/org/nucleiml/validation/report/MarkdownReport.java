package org.nucleiml.validation.report;

import java.util.List;

/** Renders report sections as GitHub-flavoured Markdown (validation.md), images linked relatively. */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** The sections as one Markdown document. */
  public static String render(List<ReportSection> sections) {
    StringBuilder md = new StringBuilder();
    for (ReportSection s : sections) {
      md.append("#".repeat(s.level())).append(' ').append(s.title()).append("\n\n");
      s.paragraphs().forEach(p -> md.append(p).append("\n\n"));
      s.tables().forEach(t -> table(md, t));
      s.plots().forEach(p -> md.append("![").append(p.title()).append("](").append(p.file()).append(")\n\n")
          .append('*').append(p.caption()).append("*\n\n"));
    }
    return md.toString().stripTrailing() + "\n";
  }

  /** Appends a table (caption, header, rows) as a GitHub-flavoured Markdown table. */
  public static void table(StringBuilder md, Table t) {
    md.append(t.caption()).append("\n\n");
    row(md, t.header());
    md.append('|').append(" --- |".repeat(t.header().size())).append('\n');
    t.rows().forEach(r -> row(md, r));
    md.append('\n');
  }

  private static void row(StringBuilder md, List<String> cells) {
    md.append('|');
    // A pipe inside a cell would end it early.
    cells.forEach(c -> md.append(' ').append(c.replace("|", "\\|")).append(" |"));
    md.append('\n');
  }
}

package org.nucleiml.study.report;

import java.util.List;
import org.nucleiml.validation.report.MarkdownReport;

/** Renders the study report as GitHub-flavoured Markdown (report.md), plots linked relatively. */
final class StudyMarkdown {

  private StudyMarkdown() {}

  static String render(List<Section> sections) {
    StringBuilder md = new StringBuilder();
    for (Section s : sections) {
      md.append("#".repeat(s.level())).append(' ').append(s.title()).append("\n\n");
      s.paragraphs().forEach(p -> md.append(p).append("\n\n"));
      s.tables().forEach(t -> MarkdownReport.table(md, t));
      s.plots().forEach(p -> md.append("![").append(p.title()).append("](").append(p.file()).append(")\n\n")
          .append('*').append(p.title()).append(". ").append(p.caption()).append("*\n\n"));
      if (!s.links().isEmpty()) {
        md.append("Files:");
        s.links().forEach(l -> md.append(" [").append(l.text()).append("](").append(l.href()).append(')'));
        md.append("\n\n");
      }
    }
    return md.toString().stripTrailing() + "\n";
  }
}

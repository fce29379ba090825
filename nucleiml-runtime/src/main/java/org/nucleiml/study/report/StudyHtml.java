package org.nucleiml.study.report;

import java.util.List;
import java.util.Locale;
import org.nucleiml.validation.report.PlotFile;
import org.nucleiml.validation.report.Table;

/**
 * Renders the study report as one self-contained HTML5 page: inline CSS, no scripts, no fonts or
 * images from elsewhere; plots are the steps' PNGs referenced by relative path. Verdict cells are
 * coloured so a failed gate stands out.
 */
final class StudyHtml {

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1400px;margin:2em auto;"
          + "padding:0 1em;color:#222;line-height:1.45}",
      "h1{border-bottom:2px solid #1f77b4;padding-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc}",
      "nav ul{list-style:none;padding:0;display:flex;gap:1.5em}",
      "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}",
      "caption{caption-side:top;text-align:left;font-style:italic;padding:.3em 0}",
      "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th{background:#f0f4f8}",
      "td:first-child,th:first-child{text-align:left}",
      "td.pass{background:#e6f4ea;color:#1e6b34}td.fail{background:#fce8e6;color:#a50e0e;font-weight:bold}",
      "td.notrun,td.overridden{color:#777}p.links{font-size:.9em}",
      "figure{margin:1em 0 2em}figure img{max-width:100%;border:1px solid #ddd}"
          + "figcaption{font-size:.9em;color:#444;max-width:60em}");

  private StudyHtml() {}

  /** The page; the first section's title is the document title. */
  static String render(List<Section> sections) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(sections.get(0).title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
    nav(h, sections);
    sections.forEach(s -> section(h, s));
    return h.append("</body>\n</html>\n").toString();
  }

  private static void nav(StringBuilder h, List<Section> sections) {
    h.append("<nav>\n<ul>\n");
    for (Section s : sections) {
      if (s.level() == 2) {
        h.append("<li><a href=\"#").append(anchor(s.title())).append("\">").append(escape(s.title()))
            .append("</a></li>\n");
      }
    }
    h.append("</ul>\n</nav>\n");
  }

  private static void section(StringBuilder h, Section s) {
    h.append("<h").append(s.level()).append(" id=\"").append(anchor(s.title())).append("\">")
        .append(escape(s.title())).append("</h").append(s.level()).append(">\n");
    s.paragraphs().forEach(p -> h.append("<p>").append(escape(p)).append("</p>\n"));
    s.tables().forEach(t -> table(h, t));
    for (PlotFile p : s.plots()) {
      h.append("<figure>\n<img src=\"").append(escape(p.file())).append("\" alt=\"").append(escape(p.title()))
          .append("\">\n<figcaption>").append(escape(p.title())).append(". ").append(escape(p.caption()))
          .append("</figcaption>\n</figure>\n");
    }
    if (!s.links().isEmpty()) {
      h.append("<p class=\"links\">Files:");
      for (Link l : s.links()) {
        h.append(" <a href=\"").append(escape(l.href())).append("\">").append(escape(l.text())).append("</a>");
      }
      h.append("</p>\n");
    }
  }

  private static void table(StringBuilder h, Table t) {
    h.append("<table>\n<caption>").append(escape(t.caption())).append("</caption>\n<thead><tr>");
    t.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      row.forEach(c -> h.append(cellTag(c)).append(escape(c)).append("</td>"));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  // Verdicts appear alone (a gate row) or inside a status ("gates FAIL (2 of 9)"); both are coloured.
  private static String cellTag(String cell) {
    if (cell.contains(Cells.FAIL)) {
      return "<td class=\"fail\">";
    }
    if (cell.contains(Cells.PASS)) {
      return "<td class=\"pass\">";
    }
    if (cell.equals(Section.NOT_RUN)) {
      return "<td class=\"notrun\">";
    }
    return cell.startsWith("overridden by") ? "<td class=\"overridden\">" : "<td>";
  }

  /** A stable id from a heading, so sections can be linked to. */
  static String anchor(String title) {
    String id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return id.isEmpty() ? "section" : id;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

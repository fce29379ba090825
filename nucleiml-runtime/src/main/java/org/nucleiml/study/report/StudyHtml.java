package org.nucleiml.study.report;

import static org.nucleiml.validation.report.HtmlReport.escape;

import java.util.List;
import java.util.Locale;
import org.nucleiml.validation.report.HtmlReport;

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
    HtmlReport.head(h, sections.get(0).title(), CSS);
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
    s.tables().forEach(t -> HtmlReport.table(h, t, StudyHtml::cellClass));
    s.plots().forEach(p -> HtmlReport.figure(h, p));
    if (!s.links().isEmpty()) {
      h.append("<p class=\"links\">Files:");
      for (Link l : s.links()) {
        h.append(" <a href=\"").append(escape(l.href())).append("\">").append(escape(l.text())).append("</a>");
      }
      h.append("</p>\n");
    }
  }

  // Verdicts appear alone (a gate row) or inside a status ("gates FAIL (2 of 9)"); both are coloured.
  private static String cellClass(String cell) {
    if (cell.contains(Cells.FAIL)) {
      return "fail";
    }
    if (cell.contains(Cells.PASS)) {
      return "pass";
    }
    if (cell.equals(Section.NOT_RUN)) {
      return "notrun";
    }
    return cell.startsWith("overridden by") ? "overridden" : null;
  }

  /** A stable id from a heading, so sections can be linked to. */
  static String anchor(String title) {
    String id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return id.isEmpty() ? "section" : id;
  }
}

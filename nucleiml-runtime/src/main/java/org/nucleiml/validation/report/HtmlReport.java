package org.nucleiml.validation.report;

import java.util.List;
import java.util.function.Function;

/**
 * Renders report sections as one self-contained HTML5 page (report.html): inline CSS, no scripts, and
 * images only as PNGs next to it, referenced by relative path.
 */
public final class HtmlReport {

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1400px;margin:2em auto;"
          + "padding:0 1em;color:#222;line-height:1.45}",
      "h1{border-bottom:2px solid #1f77b4;padding-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc}",
      "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}",
      "caption{caption-side:top;text-align:left;font-style:italic;padding:.3em 0}",
      "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th{background:#f0f4f8}",
      "td:first-child,th:first-child{text-align:left}",
      "td.pass{background:#e6f4ea;color:#1e6b34}td.fail{background:#fce8e6;color:#a50e0e;font-weight:bold}",
      "td.overridden{color:#777}.verdict{font-size:1.1em;padding:.6em;border-radius:4px}",
      ".verdict.pass{background:#e6f4ea}.verdict.fail{background:#fce8e6}",
      "figure{margin:1em 0 2em}figure img{max-width:100%;border:1px solid #ddd}"
          + "figcaption{font-size:.9em;color:#444;max-width:60em}");

  private HtmlReport() {}

  /** The sections as an HTML5 document; {@code passed} colours the gate verdict. */
  public static String render(List<ReportSection> sections, boolean passed) {
    StringBuilder h = new StringBuilder();
    head(h, sections.get(0).title(), CSS);
    for (ReportSection s : sections) {
      section(h, s, passed);
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private static void section(StringBuilder h, ReportSection s, boolean passed) {
    h.append("<h").append(s.level()).append('>').append(escape(s.title())).append("</h").append(s.level()).append(">\n");
    for (String p : s.paragraphs()) {
      boolean verdict = s.title().equals("Gates") && p.equals(s.paragraphs().get(0));
      h.append(verdict ? "<p class=\"verdict " + (passed ? "pass" : "fail") + "\">" : "<p>")
          .append(escape(p)).append("</p>\n");
    }
    s.tables().forEach(t -> table(h, t, HtmlReport::verdictClass));
    s.plots().forEach(p -> figure(h, p));
  }

  /** Opens a document: doctype, head with {@code title} and the inline {@code css}, then the body. */
  public static void head(StringBuilder h, String title, String css) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(css).append("\n</style>\n</head>\n<body>\n");
  }

  /** Appends a plot as a figure with its title and caption. */
  public static void figure(StringBuilder h, PlotFile p) {
    h.append("<figure>\n<img src=\"").append(escape(p.file())).append("\" alt=\"").append(escape(p.title()))
        .append("\">\n<figcaption>").append(escape(p.title())).append(". ").append(escape(p.caption()))
        .append("</figcaption>\n</figure>\n");
  }

  /**
   * Appends a table; {@code cellClass} gives each body cell's CSS class (e.g. to colour verdicts), or
   * null for none.
   */
  public static void table(StringBuilder h, Table t, Function<String, String> cellClass) {
    h.append("<table>\n<caption>").append(escape(t.caption())).append("</caption>\n<thead><tr>");
    t.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      for (String c : row) {
        String css = cellClass.apply(c);
        h.append(css == null ? "<td>" : "<td class=\"" + css + "\">").append(escape(c)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String verdictClass(String cell) {
    if (cell.equals("pass")) {
      return "pass";
    }
    if (cell.equals("FAIL")) {
      return "fail";
    }
    return cell.startsWith("overridden by") ? "overridden" : null;
  }

  /** Escapes text for HTML content and attribute values. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

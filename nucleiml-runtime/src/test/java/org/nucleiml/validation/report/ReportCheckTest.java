package org.nucleiml.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ReportCheck}. */
class ReportCheckTest {

  @TempDir
  Path dir;

  private Path html(String body) throws IOException {
    Path file = dir.resolve("report.html");
    Files.writeString(file, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>t</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n");
    return file;
  }

  private void png(String name, int w, int h, boolean drawn) throws IOException {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    if (drawn) {
      g.setColor(Color.BLUE);
      g.drawLine(0, 0, w - 1, h - 1);
    }
    g.dispose();
    ImageIO.write(image, "png", dir.resolve(name).toFile());
  }

  @Test
  void testProblems_validReportHasNone() throws IOException {
    png("a.png", 200, 150, true);
    assertEquals(List.of(), ReportCheck.problems(html("<figure><img src=\"a.png\" alt=\"a\"></figure>")));
  }

  @Test
  void testProblems_missingImageReported() throws IOException {
    List<String> problems = ReportCheck.problems(html("<img src=\"missing.png\" alt=\"m\">"));
    assertEquals(List.of("<img src=\"missing.png\"> does not exist"), problems);
  }

  @Test
  void testProblems_notAPngReported() throws IOException {
    Files.writeString(dir.resolve("fake.png"), "this is text pretending to be an image, long enough to read");
    List<String> problems = ReportCheck.problems(html("<img src=\"fake.png\" alt=\"f\">"));
    assertTrue(problems.get(0).contains("not a PNG"), problems.toString());
  }

  @Test
  void testProblems_tinyAndBlankImagesReported() throws IOException {
    png("tiny.png", 20, 20, true);
    png("blank.png", 300, 300, false);
    List<String> problems = ReportCheck.problems(html("<img src=\"tiny.png\" alt=\"t\"><img src=\"blank.png\" alt=\"b\">"));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("20x20"), problems.toString());
    assertTrue(problems.get(1).contains("single colour"), problems.toString());
  }

  @Test
  void testProblems_absoluteOrRemoteSourceReported() throws IOException {
    List<String> problems = ReportCheck.problems(html("<img src=\"https://example.org/a.png\" alt=\"r\">"));
    assertTrue(problems.get(0).contains("not a relative path"), problems.toString());
  }

  @Test
  void testProblems_unbalancedTagsAndMissingDoctypeReported() throws IOException {
    png("a.png", 200, 150, true);
    Path file = dir.resolve("bad.html");
    Files.writeString(file, "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>"
        + "<p><b>x</p><img src=\"a.png\" alt=\"a\"></body></html>");
    List<String> problems = ReportCheck.problems(file);
    assertTrue(problems.contains("does not start with <!DOCTYPE html>"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("</p> closes <b>")), problems.toString());
  }

  @Test
  void testVerify_throwsListingProblems() throws IOException {
    Path file = html("<img src=\"missing.png\" alt=\"m\">");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReportCheck.verify(file));
    assertTrue(e.getMessage().contains("missing.png"), e.getMessage());
  }
}

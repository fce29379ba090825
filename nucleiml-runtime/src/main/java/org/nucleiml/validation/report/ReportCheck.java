package org.nucleiml.validation.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Checks a written report.html without a browser: HTML5 skeleton, balanced tags, and that every
 * {@code <img src>} is a relative path to an existing, decodable, non-blank PNG of at least
 * {@value #MIN_SIDE} pixels a side. Unit tests and the invoker integration tests both use it.
 */
public final class ReportCheck {

  /** The smallest width and height, in pixels, of a plot worth looking at. */
  public static final int MIN_SIDE = 100;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  private static final Pattern SRC = Pattern.compile("\\ssrc\\s*=\\s*\"([^\"]*)\"");
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
      "link", "meta", "source", "track", "wbr");

  private ReportCheck() {}

  /** Every problem found in the report and its images; empty when the report is fine. */
  public static List<String> problems(Path reportHtml) throws IOException {
    String html = Files.readString(reportHtml, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>(skeleton(html));
    problems.addAll(nesting(html));
    List<String> sources = imageSources(html);
    if (sources.isEmpty()) {
      problems.add("no <img> in " + reportHtml);
    }
    for (String src : sources) {
      problems.addAll(image(reportHtml.toAbsolutePath().getParent(), src));
    }
    return problems;
  }

  /**
   * Throws when the report has any problem.
   *
   * @throws IllegalStateException listing every problem
   */
  public static void verify(Path reportHtml) throws IOException {
    List<String> problems = problems(reportHtml);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(reportHtml + " is not a valid report: " + String.join("; ", problems));
    }
  }

  /** The src attribute of every img element, in document order. */
  public static List<String> imageSources(String html) {
    List<String> sources = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      if (tag.group(1).isEmpty() && tag.group(2).equalsIgnoreCase("img")) {
        Matcher src = SRC.matcher(tag.group(3));
        sources.add(src.find() ? src.group(1) : "");
      }
    }
    return sources;
  }

  /** The problems of one PNG file: signature, IHDR header, decoding, size and blankness. */
  public static List<String> png(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < 33 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)) {
      return List.of(file + ": not a PNG (bad signature)");
    }
    ByteBuffer header = ByteBuffer.wrap(bytes, 8, 25);
    int length = header.getInt();
    String type = new String(bytes, 12, 4, StandardCharsets.US_ASCII);
    int width = header.getInt(16);
    int height = header.getInt(20);
    if (length != 13 || !type.equals("IHDR") || width <= 0 || height <= 0) {
      return List.of(file + ": first chunk is not a valid IHDR");
    }
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    if (image == null) {
      return List.of(file + ": does not decode as an image");
    }
    List<String> problems = new ArrayList<>();
    if (image.getWidth() < MIN_SIDE || image.getHeight() < MIN_SIDE) {
      problems.add(file + ": " + image.getWidth() + "x" + image.getHeight() + " pixels, expected at least "
          + MIN_SIDE + " a side");
    }
    if (blank(image)) {
      problems.add(file + ": a single colour, nothing drawn");
    }
    return problems;
  }

  private static List<String> image(Path dir, String src) throws IOException {
    if (src.isEmpty() || src.contains(":") || src.startsWith("/") || src.contains("..")) {
      return List.of("<img src=\"" + src + "\"> is not a relative path inside the report directory");
    }
    Path file = dir.resolve(src);
    if (!Files.isRegularFile(file)) {
      return List.of("<img src=\"" + src + "\"> does not exist");
    }
    return png(file);
  }

  private static List<String> skeleton(String html) {
    List<String> problems = new ArrayList<>();
    String lower = html.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("<!doctype html>")) {
      problems.add("does not start with <!DOCTYPE html>");
    }
    for (String required : List.of("<html lang=", "<meta charset=\"utf-8\">", "<title>", "<body>")) {
      if (!lower.contains(required)) {
        problems.add("missing " + required);
      }
    }
    return problems;
  }

  private static List<String> nesting(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      if (VOID.contains(name)) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else if (!name.equals(open.peek())) {
        return List.of("</" + name + "> closes <" + open.peek() + "> at offset " + m.start());
      } else {
        open.pop();
      }
    }
    return open.isEmpty() ? List.of() : List.of("unclosed elements " + open);
  }

  private static boolean blank(BufferedImage image) {
    int first = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        if (image.getRGB(x, y) != first) {
          return false;
        }
      }
    }
    return true;
  }
}

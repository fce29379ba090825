package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.RunInfo;

/**
 * The reproduction check: two study output trees (two {@code target/nml} directories, or a study and
 * its re-run) compared file by file. Run facts ({@code run-info.*}) and dot files (locks,
 * temporaries) are skipped; every other file must be byte-identical. For a file that differs it
 * says why: the JSON key paths whose values differ, the first differing line of a text file, or the
 * first differing byte and the sizes.
 *
 * @param files one entry per file found in either tree, in path order
 */
public record StudyComparison(List<FileResult> files) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_DETAILS = 10;

  /** How one file compares. */
  public enum Status { IDENTICAL, DIFFERENT, ONLY_IN_FIRST, ONLY_IN_SECOND }

  /**
   * One file's verdict.
   *
   * @param path path relative to the tree roots, '/'-separated
   * @param status the verdict
   * @param details why it differs (empty when identical)
   */
  public record FileResult(String path, Status status, List<String> details) {

    /** One line for a terminal: verdict, path and reasons. */
    public String line() {
      String verdict = switch (status) {
        case IDENTICAL -> "identical ";
        case DIFFERENT -> "DIFFERENT ";
        case ONLY_IN_FIRST -> "ONLY IN A ";
        case ONLY_IN_SECOND -> "ONLY IN B ";
      };
      return verdict + path + (details.isEmpty() ? "" : ": " + String.join("; ", details));
    }
  }

  /** Copies the list. */
  public StudyComparison {
    files = List.copyOf(files);
  }

  /** Compares the trees under {@code first} and {@code second}. */
  public static StudyComparison of(Path first, Path second) throws IOException {
    requireDirectory("first", first);
    requireDirectory("second", second);
    SortedSet<String> paths = new TreeSet<>(files(first));
    paths.addAll(files(second));
    List<FileResult> results = new ArrayList<>();
    for (String path : paths) {
      Path a = first.resolve(path);
      Path b = second.resolve(path);
      if (!Files.isRegularFile(b)) {
        results.add(new FileResult(path, Status.ONLY_IN_FIRST, List.of()));
      } else if (!Files.isRegularFile(a)) {
        results.add(new FileResult(path, Status.ONLY_IN_SECOND, List.of()));
      } else {
        results.add(compare(path, Files.readAllBytes(a), Files.readAllBytes(b)));
      }
    }
    return new StudyComparison(results);
  }

  /** Whether every file is in both trees with the same bytes. */
  public boolean identical() {
    return files.stream().allMatch(f -> f.status() == Status.IDENTICAL);
  }

  /** The files that are not identical. */
  public List<FileResult> differences() {
    return files.stream().filter(f -> f.status() != Status.IDENTICAL).toList();
  }

  /** The closing line: how many files were compared and how many differ. */
  public String summary() {
    long different = differences().size();
    return files.size() + " files compared (run-info files skipped): " + (files.size() - different)
        + " identical, " + different + " different";
  }

  static FileResult compare(String path, byte[] a, byte[] b) {
    if (Arrays.equals(a, b)) {
      return new FileResult(path, Status.IDENTICAL, List.of());
    }
    List<String> details = path.endsWith(".json") ? jsonDifferences(a, b) : List.of();
    if (details.isEmpty()) {
      details = isText(path) ? List.of(firstLineDifference(a, b)) : List.of(firstByteDifference(a, b));
    }
    return new FileResult(path, Status.DIFFERENT, details);
  }

  private static List<String> jsonDifferences(byte[] a, byte[] b) {
    try {
      List<String> keys = new ArrayList<>();
      differingKeys("", JSON.readTree(a), JSON.readTree(b), keys);
      if (keys.size() > MAX_DETAILS) {
        int more = keys.size() - MAX_DETAILS;
        keys = new ArrayList<>(keys.subList(0, MAX_DETAILS));
        keys.add("and " + more + " more keys");
      }
      return keys.isEmpty() ? List.of("same JSON values, different formatting") : keys;
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void differingKeys(String at, JsonNode a, JsonNode b, List<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      SortedSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String where = at.isEmpty() ? name : at + "." + name;
        if (!a.has(name) || !b.has(name)) {
          out.add(where + " only in " + (a.has(name) ? "A" : "B"));
        } else {
          differingKeys(where, a.get(name), b.get(name), out);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      Iterator<JsonNode> ia = a.elements();
      Iterator<JsonNode> ib = b.elements();
      for (int i = 0; ia.hasNext(); i++) {
        differingKeys(at + "[" + i + "]", ia.next(), ib.next(), out);
      }
    } else {
      out.add((at.isEmpty() ? "(root)" : at) + ": " + abbreviate(a) + " vs " + abbreviate(b));
    }
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  private static boolean isText(String path) {
    return Stream.of(".csv", ".md", ".html", ".txt", ".sha256").anyMatch(path::endsWith);
  }

  private static String firstLineDifference(byte[] a, byte[] b) {
    String[] la = new String(a, StandardCharsets.UTF_8).split("\n", -1);
    String[] lb = new String(b, StandardCharsets.UTF_8).split("\n", -1);
    int n = Math.min(la.length, lb.length);
    for (int i = 0; i < n; i++) {
      if (!la[i].equals(lb[i])) {
        return "line " + (i + 1) + " differs";
      }
    }
    return "line counts " + la.length + " vs " + lb.length;
  }

  private static String firstByteDifference(byte[] a, byte[] b) {
    int at = Arrays.mismatch(a, b);
    return "first difference at byte " + at + " (sizes " + a.length + " vs " + b.length + ")";
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(path -> !skipped(path)).toList();
    }
  }

  // run facts differ by design; dot files and directories are locks, temporaries and work in progress
  private static boolean skipped(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return RunInfo.isRunInfo(name) || path.startsWith(".") || path.contains("/.");
  }

  private static void requireDirectory(String which, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidParameterException(which, dir, "a study output directory (target/nml)");
    }
  }
}

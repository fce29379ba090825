package org.nucleiml.study.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.StepFingerprint;
import org.nucleiml.study.StepManifest;
import org.nucleiml.study.StepRunner;
import org.nucleiml.validation.report.ReportCheck;

/**
 * Tests for {@link ReportStep} and the study report it writes, on a hand-made study directory
 * (src/test/resources/.../study: JSON trimmed from a real study run, a validation with one failed
 * and one overridden gate, two posterior runs and a comparison) plus PNGs drawn here.
 */
class ReportStepTest {

  private static final String STUDY = "org.nucleiml.it:report-test:1.0";

  @TempDir
  Path tmp;

  private Path study;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void copyFixture() throws IOException, URISyntaxException {
    study = tmp.resolve("nml");
    copy(Path.of(getClass().getResource("study").toURI()), study);
    for (String png : List.of("validation/training-curves.png", "validation/s1-independent-sample-seed-43-confusion.png",
        "validation/s1-independent-sample-seed-43-rel-error.png",
        "validation/s1-independent-sample-seed-43-pred-vs-true-charge-radius.png",
        "validation/s2-test-split-seed-42-confusion.png", "posterior/emulator/corner.png",
        "posterior/emulator/marginals.png", "posterior/solver/corner.png", "posterior/solver/corner-comparison.png")) {
      png(study.resolve(png));
    }
    Files.writeString(study.resolve("validation/report.html"), "<!DOCTYPE html>\n");
  }

  private ReportStep step() {
    return new ReportStep(study, study.resolve("report.html"), STUDY, log::add);
  }

  private String html() throws IOException {
    return Files.readString(study.resolve("report.html"));
  }

  @Test
  void testRun_writesValidPageWithEveryStep() throws Exception {
    assertEquals(StepRunner.Outcome.RAN, step().run());
    assertEquals(List.of(), ReportCheck.problems(study.resolve("report.html")));
    String html = html();
    for (String heading : List.of(">Study report: " + STUDY + "</h1>", ">Data</h2>", ">Emulator</h2>", ">Validation</h2>",
        ">Posterior</h2>", ">Posterior: emulator</h3>", ">Posterior: solver</h3>",
        ">Comparison: solver (rmf-solver) vs emulator (emulator)</h4>")) {
      assertTrue(html.contains(heading), heading);
    }
    assertTrue(Files.isRegularFile(study.resolve("report.md")));
    assertTrue(Files.isRegularFile(study.resolve(StepManifest.FILE_NAME)));
  }

  @Test
  void testRun_headerHasTimeIndependentProvenance() throws Exception {
    step().run();
    String html = html();
    assertTrue(html.contains("<tr><td>data set seed</td><td>42</td></tr>"), html);
    assertTrue(html.contains("<td>21c24d80d0122a62007e5e2db5f5e5f9b7353ad128bbdd81dd9bd48ae288f7c5</td>"));
    assertTrue(html.contains("<tr><td>validation seed</td><td>43</td></tr>"));
    // The fixture's validation judged exactly this emulator.json, so no mismatch warning.
    assertFalse(html.contains("Warning:"), html);
    assertTrue(html.contains("<tr><td>nml:validate</td><td class=\"fail\">gates FAIL (1 of 6)</td>"), html);
  }

  @Test
  void testRun_dataAndEmulatorTablesComeFromTheJson() throws Exception {
    step().run();
    String html = html();
    assertTrue(html.contains("<tr><td>admissible</td><td>600</td><td>40.0%</td></tr>"), html);
    assertTrue(html.contains("<tr><td>no-couplings</td><td>840</td><td>56.0%</td></tr>"));
    // run facts of the (older) input files never reach the page: it must be the same on every machine
    assertFalse(html.contains("throughput"), html);
    assertFalse(html.contains("wall time"), html);
    assertTrue(html.contains("<tr><td>admissible</td><td>0.8961</td><td>0.9583</td><td>0.9262</td></tr>"));
    assertTrue(html.contains("<tr><td>charge_radius_fm</td><td>55</td><td>94.55%</td><td>54.55%</td><td>0.4945%</td>"
        + "<td>0.99962</td><td>89 (best 74)</td></tr>"), html);
    // Per-nucleus R^2 in the data set's nucleus order, not emulator.json's alphabetical one.
    assertTrue(html.indexOf("<tr><td>16O</td><td>0.7832</td><td>0.8409</td></tr>")
        < html.indexOf("<tr><td>208Pb</td><td>0.5668</td><td>0.9714</td></tr>"), html);
    assertTrue(html.contains("with seed 42. Figures"), html);
  }

  @Test
  void testRun_failedGateRenderedAsFail() throws Exception {
    step().run();
    String html = html();
    assertTrue(html.contains("<tr><td>minR2[charge_radius@40Ca]</td><td>&gt;= 0.9</td><td>0.7054</td>"
        + "<td class=\"fail\">FAIL</td></tr>"), html);
    assertTrue(html.contains("<tr><td>minAccuracy</td><td>&gt;= 0.95</td><td>0.9556</td><td class=\"pass\">PASS</td></tr>"));
    assertTrue(html.contains("<td class=\"overridden\">overridden by maxMapePercent[charge_radius@40Ca]=1.5</td>"));
    assertTrue(Files.readString(study.resolve("report.md"))
        .contains("| minR2[charge_radius@40Ca] | >= 0.9 | 0.7054 | FAIL |"));
  }

  @Test
  void testRun_validationShowsGatedSampleAndUnseenNuclei() throws Exception {
    step().run();
    String html = html();
    assertTrue(html.contains("<tr><td>40Ca</td><td>421</td><td>0.7054</td><td>0.9335%</td><td>64.4%</td><td>100.0%</td>"
        + "<td>0.0249</td><td>0.0475</td><td>0.0171</td></tr>"), html);
    assertTrue(html.contains("<tr><td>30Ne</td><td>training data set</td><td>0.5864</td><td>-4.52</td></tr>"), html);
    List<String> images = ReportCheck.imageSources(html);
    assertTrue(images.contains("validation/s1-independent-sample-seed-43-rel-error.png"), images.toString());
    assertFalse(images.contains("validation/s2-test-split-seed-42-confusion.png"), "only the gated sample's plots");
    assertTrue(images.contains("validation/training-curves.png"));
    assertTrue(html.contains("<a href=\"validation/report.html\">"));
  }

  @Test
  void testRun_posteriorAndComparisonTables() throws Exception {
    step().run();
    String html = html();
    assertTrue(html.contains("<tr><td>L0 (MeV)</td><td>68.592</td><td>[42.933, 90.066]</td><td>[25.984, 98.442]</td>"
        + "<td>4002</td><td>1.0004</td></tr>"), html);
    assertTrue(html.contains("<tr><td>20000</td><td>784271</td><td>424.5</td>"
        + "<td>3015</td><td>1.0014</td><td>no</td></tr>"), html);
    // rho0 has the width ratio and median shift; E0 is written as before they existed
    assertTrue(html.contains("<tr><td>rho0 (fm^-3)</td><td>0.21</td><td>&lt;= 1</td><td>0.0432</td>"
        + "<td>1.23</td><td>-0.12</td><td class=\"pass\">PASS</td></tr>"), html);
    assertTrue(html.contains("<tr><td>E0 (MeV)</td><td>0.18</td><td>&lt;= 1</td><td>0.0414</td>"
        + "<td>n/a</td><td>n/a</td><td class=\"pass\">PASS</td></tr>"), html);
    assertFalse(html.contains("speed-up of"), html);
    assertFalse(html.contains("evaluations/s"), html);
    List<String> images = ReportCheck.imageSources(html);
    assertTrue(images.containsAll(List.of("posterior/emulator/corner.png", "posterior/solver/corner.png",
        "posterior/solver/corner-comparison.png")), images.toString());
  }

  @Test
  void testRun_missingStepsAreListedAsNotRun() throws Exception {
    deleteTree(study.resolve("emulator"));
    deleteTree(study.resolve("validation"));
    deleteTree(study.resolve("posterior"));
    assertEquals(StepRunner.Outcome.RAN, step().run());
    String html = html();
    assertTrue(html.contains("<tr><td>nml:generate</td><td>done</td>"), html);
    for (String step : List.of("nml:train", "nml:validate", "nml:posterior")) {
      assertTrue(html.contains("<tr><td>" + step + "</td><td class=\"notrun\">not run</td>"), step);
    }
    assertTrue(html.contains("<p>not run: nml:train has not written emulator/emulator.json.</p>"), html);
    assertTrue(html.contains("<p>not run: nml:posterior has not written posterior/&lt;name&gt;/posterior.json.</p>"));
    // No plots exist yet; the page is otherwise valid.
    assertEquals(List.of("no <img> in " + study.resolve("report.html")), ReportCheck.problems(study.resolve("report.html")));
  }

  @Test
  void testRun_unchangedStudyIsUpToDateAndByteIdentical() throws Exception {
    step().run();
    byte[] first = Files.readAllBytes(study.resolve("report.html"));
    byte[] firstMd = Files.readAllBytes(study.resolve("report.md"));
    assertEquals(StepRunner.Outcome.UP_TO_DATE, step().run());
    assertTrue(log.contains("nml:report is up to date (" + study.toAbsolutePath().normalize() + ")"), log.toString());
    Files.delete(study.resolve("report.html"));
    assertEquals(StepRunner.Outcome.RAN, step().run());
    assertArrayEquals(first, Files.readAllBytes(study.resolve("report.html")));
    // The same files elsewhere give the same page: nothing depends on time or the absolute path.
    Path other = tmp.resolve("elsewhere/nml");
    copy(study, other);
    Files.delete(other.resolve("report.html"));
    new ReportStep(other, other.resolve("report.html"), STUDY, log::add).run();
    assertArrayEquals(first, Files.readAllBytes(other.resolve("report.html")));
    assertArrayEquals(firstMd, Files.readAllBytes(other.resolve("report.md")));
  }

  @Test
  void testRun_changedStepOutputReruns() throws Exception {
    step().run();
    Path validation = study.resolve(StudyFiles.VALIDATION);
    Files.writeString(validation, Files.readString(validation).replace("\"validation_seed\": 43", "\"validation_seed\": 44"));
    assertEquals(StepRunner.Outcome.RAN, step().run());
    assertTrue(log.stream().anyMatch(l -> l.startsWith("nml:report must run: input validation/validation.json changed")),
        log.toString());
    assertTrue(html().contains("<tr><td>validation seed</td><td>44</td></tr>"));
  }

  @Test
  void testRun_reportElsewhereLinksBackIntoTheStudy() throws Exception {
    Path page = tmp.resolve("site/study.html");
    new ReportStep(study, page, STUDY, log::add).run();
    assertTrue(Files.isRegularFile(tmp.resolve("site/study.md")));
    assertTrue(ReportCheck.imageSources(Files.readString(page)).contains("../nml/posterior/emulator/corner.png"));
  }

  @Test
  void testConstructor_rejectsBadParameters() throws Exception {
    InvalidParameterException e = assertThrows(InvalidParameterException.class,
        () -> new ReportStep(study, study.resolve("report.txt"), STUDY, log::add));
    assertEquals("output", e.parameter());
    e = assertThrows(InvalidParameterException.class,
        () -> new ReportStep(tmp.resolve("missing"), study.resolve("report.html"), STUDY, log::add));
    assertEquals("studyDirectory", e.parameter());
    // Written into nml:validate's folder it would replace that step's nml-step.json.
    new StepManifest(StepFingerprint.builder("validate", "1").build(), new TreeMap<>()).write(study.resolve("validation"));
    e = assertThrows(InvalidParameterException.class,
        () -> new ReportStep(study, study.resolve("validation/study.html"), STUDY, log::add).run());
    assertEquals("output", e.parameter());
  }

  @Test
  void testRun_corruptJsonNamesTheFile() throws Exception {
    Files.writeString(study.resolve(StudyFiles.DATASET), "{\"seed\": 42,");
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> step().run());
    assertTrue(e.getMessage().contains("dataset.json (not valid JSON"), e.getMessage());
  }

  private static void png(Path file) throws IOException {
    BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 150);
    g.setColor(Color.BLUE);
    g.drawLine(0, 0, 199, 149);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          try (InputStream in = Files.newInputStream(f)) {
            Files.copy(in, target);
          }
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}

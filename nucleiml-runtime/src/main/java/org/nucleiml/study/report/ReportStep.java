package org.nucleiml.study.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.study.StepFingerprint;
import org.nucleiml.study.StepManifest;
import org.nucleiml.study.StepRunner;

/**
 * The report step of a study: writes report.html and report.md (same name, .md) from the JSON the
 * other steps left, unless an earlier report is up to date. The fingerprint holds the content hash
 * of every JSON file read, the images linked (a plot appearing or vanishing changes the page) and
 * the runtime version; nml-step.json is written next to the report. Never build-cached: it costs
 * less than a cache lookup.
 */
public final class ReportStep {

  /** The step's name in its fingerprint and log lines (nml:report). */
  public static final String STEP = "report";

  private final StudyFiles files;
  private final Path html;
  private final String study;
  private final Consumer<String> log;

  /**
   * @param studyDirectory the study's output directory (target/nml)
   * @param output the HTML file to write; report.md goes next to it
   * @param study what the page calls the study, e.g. groupId:artifactId:version
   * @param log status lines
   */
  public ReportStep(Path studyDirectory, Path output, String study, Consumer<String> log) {
    this.files = new StudyFiles(studyDirectory);
    if (output == null || output.getFileName() == null || !output.getFileName().toString().endsWith(".html")) {
      throw new InvalidParameterException("output", output, "an HTML file name ending in .html, e.g. target/nml/report.html");
    }
    this.html = output.toAbsolutePath().normalize();
    this.study = study;
    this.log = log;
  }

  /** The Markdown file written next to the HTML page. */
  public Path markdown() {
    String name = html.getFileName().toString();
    return html.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".md");
  }

  /** Writes the report unless up to date; returns how the step ended. */
  public StepRunner.Outcome run() throws IOException, InterruptedException {
    Path dir = html.getParent();
    requireOwnDirectory(dir);
    StudyReport report = StudyReport.of(study, files, new PageLinks(dir, files.root()));
    return new StepRunner(log, Optional.empty()).run(fingerprint(report), dir, () -> {
      Files.createDirectories(dir);
      AtomicFiles.writeString(html, report.html());
      AtomicFiles.writeString(markdown(), report.markdown());
      log.accept("wrote " + html + " and " + markdown().getFileName() + " (" + report.images().size() + " plots)");
      return List.of(html.getFileName().toString(), markdown().getFileName().toString());
    });
  }

  // The report's nml-step.json goes next to it; in another step's folder it would replace that step's.
  private static void requireOwnDirectory(Path dir) {
    Optional<StepManifest> other = StepManifest.read(dir).filter(m -> !m.fingerprint().step().equals(STEP));
    if (other.isPresent()) {
      throw new InvalidParameterException("output", dir, "a directory that holds no other step's outputs (this one holds nml:"
          + other.get().fingerprint().step() + "'s), e.g. the study directory target/nml");
    }
  }

  private StepFingerprint fingerprint(StudyReport report) throws IOException {
    StepFingerprint.Builder b = StepFingerprint.builder(STEP, RuntimeVersion.fingerprint())
        .parameter("study", study)
        .parameter("output", html.getFileName())
        .parameter("images", String.join(",", report.images()));
    files.inputHashes().forEach(b::input);
    return b.build();
  }
}

package org.nucleiml.validation.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.validation.ValidationInput;
import org.nucleiml.validation.ValidationResults;

/**
 * The validation entry point for the mojo and the CLI: computes every metric, evaluates the gates and
 * writes validation.json, predictions.csv, validation.md, report.html and the plots. Failed gates do not throw: the
 * caller reads {@link ValidationOutcome#passed()} after all reports exist, so a failed build still
 * leaves the evidence behind.
 */
public final class ValidationRun {

  /** The machine-readable report's file name. */
  public static final String JSON = "validation.json";

  /** The Markdown report's file name. */
  public static final String MARKDOWN = "validation.md";

  /** The HTML report's file name; its PNGs are written next to it. */
  public static final String HTML = "report.html";

  private ValidationRun() {}

  /** {@link #write(ValidationInput, Path, Consumer)} without progress messages. */
  public static ValidationOutcome write(ValidationInput input, Path outputDir) throws IOException {
    return write(input, outputDir, message -> { });
  }

  /**
   * Validates and writes every report into {@code outputDir} (e.g. target/nml/validation), each file
   * atomically.
   *
   * @throws org.nucleiml.InvalidParameterException for bad input or gate configuration, before
   *     anything is written
   * @throws IOException when a report cannot be written
   */
  public static ValidationOutcome write(ValidationInput input, Path outputDir, Consumer<String> log)
      throws IOException {
    ValidationResults results = ValidationResults.compute(input, log);
    Files.createDirectories(outputDir);
    log.accept("Writing plots to " + outputDir);
    List<PlotFile> plots = Plots.write(results, outputDir);
    Path json = outputDir.resolve(JSON);
    AtomicFiles.writeString(json, JsonReport.render(results));
    Path predictions = outputDir.resolve(PredictionsCsv.FILE);
    AtomicFiles.writeString(predictions, PredictionsCsv.render(input.samples()));
    List<ReportSection> sections = ReportContent.sections(results, plots);
    Path markdown = outputDir.resolve(MARKDOWN);
    AtomicFiles.writeString(markdown, MarkdownReport.render(sections));
    Path html = outputDir.resolve(HTML);
    AtomicFiles.writeString(html, HtmlReport.render(sections, results.gates().passed()));
    log.accept("Wrote " + json + ", " + predictions + ", " + markdown + ", " + html + " and " + plots.size() + " plots");
    return new ValidationOutcome(results, json, predictions, markdown, html,
        plots.stream().map(p -> outputDir.resolve(p.file())).toList());
  }
}

package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.study.MassReportStep;

/**
 * Configuration of the mass-model report step (nml:report-masses, {@code nml report-masses}): the models
 * as trained and validated, where nml:train-masses and nml:validate-masses wrote, and the page to write.
 */
public final class MassReportConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "report-masses";

  private final List<MassModelEntry> models = new ArrayList<>();
  private Path modelDirectory;
  private Path validationDirectory;
  private Path output;

  @Override
  public String goal() {
    return GOAL;
  }

  /** Adds a model (as given to nml:train-masses). */
  public MassReportConfiguration model(MassModelEntry model) {
    models.add(model);
    return this;
  }

  /** nml:train-masses' output directory. */
  public MassReportConfiguration modelDirectory(Path dir) {
    this.modelDirectory = dir;
    return this;
  }

  /** nml:validate-masses' output directory. */
  public MassReportConfiguration validationDirectory(Path dir) {
    this.validationDirectory = dir;
    return this;
  }

  /** The HTML page; report.md and the PNGs go beside it. */
  public MassReportConfiguration output(Path html) {
    this.output = html;
    return this;
  }

  @Override
  public void run(StepContext context) throws IOException {
    if (modelDirectory == null) {
      throw new InvalidParameterException("modelDirectory", null, "the output directory of nml:train-masses");
    }
    if (validationDirectory == null) {
      throw new InvalidParameterException("validationDirectory", null, "the output directory of nml:validate-masses");
    }
    new MassReportStep(MassTrainConfiguration.checked(models), modelDirectory, validationDirectory, output,
        context.info()).run();
  }
}

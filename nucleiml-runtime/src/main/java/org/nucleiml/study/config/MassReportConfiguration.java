package org.nucleiml.study.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.DtenReportStep;
import org.nucleiml.study.MassReportStep;
import org.nucleiml.study.MdnReportStep;

/**
 * Configuration of the mass-model report step (nml:report-masses, {@code nml report-masses}): the models
 * as trained and validated (fcnn or, in another execution, mdn or dten models), where nml:train-masses and
 * nml:validate-masses wrote, the page to write, for MDN models the chains drawn with sigma bands and for
 * DTEN models the nuclei of the neutron-skin compression analysis.
 */
public final class MassReportConfiguration implements StepConfiguration {

  /** The goal and command name. */
  public static final String GOAL = "report-masses";

  private final List<MassModelEntry> models = new ArrayList<>();
  private final List<MdnModelEntry> mdnModels = new ArrayList<>();
  private final List<DtenModelEntry> dtenModels = new ArrayList<>();
  private List<Nucleus> skinNuclei = DtenReportStep.DEFAULT_SKIN_NUCLEI;
  private List<Integer> chains = MdnReportStep.DEFAULT_CHAINS;
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

  /** Adds a [S004] mixture density model (as given to nml:train-masses). */
  public MassReportConfiguration mdnModel(MdnModelEntry model) {
    mdnModels.add(model);
    return this;
  }

  /** Adds a [S002] density-to-energy network ensemble (as given to nml:train-masses). */
  public MassReportConfiguration dtenModel(DtenModelEntry model) {
    dtenModels.add(model);
    return this;
  }

  /**
   * DTEN models: the nuclei of the neutron-skin compression analysis, comma-separated (default 208Pb);
   * blank: no scan; null keeps the default. A nucleus the chart did not converge is skipped on the page.
   */
  public MassReportConfiguration skinNuclei(String text) {
    if (text == null) {
      return this;
    }
    List<Nucleus> parsed = NucleusList.parse("skinNuclei", text);
    if (parsed.stream().distinct().count() != parsed.size()) {
      throw new InvalidParameterException("skinNuclei", text, "distinct nuclei such as 208Pb,132Sn");
    }
    this.skinNuclei = parsed;
    return this;
  }

  /**
   * MDN models: the proton numbers of the chains drawn with sigma bands, comma-separated (default
   * 60,28,50,82); null keeps the default.
   */
  public MassReportConfiguration chains(String text) {
    if (text == null) {
      return this;
    }
    List<Integer> parsed = new ArrayList<>();
    for (String part : text.split(",")) {
      int z;
      try {
        z = Integer.parseInt(part.trim());
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("chains", text, "comma-separated proton numbers 1 to 130, e.g. 60,50,82");
      }
      if (z < 1 || z > 130 || parsed.contains(z)) {
        throw new InvalidParameterException("chains", text, "distinct proton numbers 1 to 130, e.g. 60,50,82");
      }
      parsed.add(z);
    }
    this.chains = List.copyOf(parsed);
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
    if (MassTrainConfiguration.checkedDten(models, mdnModels, dtenModels)) {
      new DtenReportStep(dtenModels, modelDirectory, validationDirectory, output, skinNuclei, context.threads(),
          context.info()).run();
    } else if (MassTrainConfiguration.checkedTypes(models, mdnModels)) {
      new MdnReportStep(MassTrainConfiguration.checkedMdn(mdnModels), modelDirectory, validationDirectory, output,
          chains, context.info()).run();
    } else {
      new MassReportStep(MassTrainConfiguration.checked(models), modelDirectory, validationDirectory, output,
          context.info()).run();
    }
  }
}

package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nucleiml.study.StudyComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nml compare-studies A B}: the reproduction check. Compares two study output trees file by
 * file (run-info files skipped) and says, per file, identical or different and why.
 */
@Command(name = "compare-studies", mixinStandardHelpOptions = true,
    description = {"Compare two study output directories (e.g. two target/nml) file by file: every file except"
        + " run-info.json must be byte-identical. Prints one line per file (for JSON, the keys that differ).",
        "Exit code 0 when every file is identical, " + ExitCodes.OUTPUTS_DIFFER + " when any differs."})
public final class CompareStudiesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The first study output directory.")
  private Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second study output directory.")
  private Path second;

  @Option(names = "--differences-only", description = "Print only the files that differ (and the summary).")
  private boolean differencesOnly;

  @Override
  public Integer call() throws Exception {
    StudyComparison comparison = StudyComparison.of(first, second);
    var out = spec.commandLine().getOut();
    (differencesOnly ? comparison.differences() : comparison.files()).forEach(f -> out.println(f.line()));
    out.println(comparison.summary());
    out.flush();
    return comparison.identical() ? ExitCodes.OK : ExitCodes.OUTPUTS_DIFFER;
  }
}

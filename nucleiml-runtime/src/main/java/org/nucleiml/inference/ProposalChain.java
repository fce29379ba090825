package org.nucleiml.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.ContentHash;

/**
 * The draws of an importance-sampling proposal: evenly spaced rows of another posterior's chain.csv
 * with their log posterior, the proposal's name, prior, per-parameter ESS and the chain's SHA-256.
 *
 * @param name the proposal run's name (posterior.json "name")
 * @param backend the proposal's backend (posterior.json "backend")
 * @param chainSha256 SHA-256 of its chain.csv
 * @param rows recorded draws in its chain
 * @param points the selected draws [draw][coordinate]
 * @param logPosterior the proposal's log posterior at each selected draw
 * @param ess the proposal's effective sample size per parameter
 * @param prior the proposal's prior, as posterior.json settings.prior
 */
public record ProposalChain(String name, String backend, String chainSha256, long rows, double[][] points,
    double[] logPosterior, double[] ess, JsonNode prior) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads {@code draws} rows of the chain in {@code directory}: row floor((2j + 1) rows / (2 draws)) for
   * j = 0..draws-1, so they spread over all steps and walkers; the columns must be {@code names}.
   *
   * @throws InvalidParameterException naming importanceFrom or importanceDraws when the directory is not a
   *     posterior of these parameters or holds fewer draws
   */
  public static ProposalChain read(Path directory, int draws, List<String> names) throws IOException {
    requireExists(directory);
    Path chain = directory.resolve(PosteriorFiles.CHAIN);
    Path json = directory.resolve(PosteriorFiles.POSTERIOR);
    JsonNode posterior = JSON.readTree(json.toFile());
    // one pass for the hash and the row count, one for the selected rows: chains reach hundreds of MB
    LineCount lines = new LineCount();
    String sha256 = ContentHash.of(chain, lines::scan);
    long rows = lines.count() - 1;
    if (rows < draws) {
      throw new InvalidParameterException("importanceDraws", draws, "at most the proposal's " + rows + " recorded draws");
    }
    double[][] points = new double[draws][];
    double[] logPosterior = new double[draws];
    try (BufferedReader r = Files.newBufferedReader(chain, StandardCharsets.UTF_8)) {
      checkHeader(directory, r.readLine(), names);
      long next = 0; // the data row the next readLine returns
      for (int j = 0; j < draws; j++) {
        long wanted = (2L * j + 1) * rows / (2L * draws);
        for (; next < wanted; next++) {
          r.readLine();
        }
        String[] f = r.readLine().split(",");
        next++;
        double[] x = new double[names.size()];
        for (int p = 0; p < x.length; p++) {
          x[p] = Double.parseDouble(f[p + 2]);
        }
        points[j] = x;
        logPosterior[j] = Double.parseDouble(f[f.length - 1]);
      }
    }
    double[] ess = new double[names.size()];
    for (int p = 0; p < ess.length; p++) {
      ess[p] = posterior.path("parameters").path(names.get(p)).path("ess").asDouble(Double.NaN);
    }
    return new ProposalChain(posterior.path("name").asText(), posterior.path("backend").asText(),
        sha256, rows, points, logPosterior, ess, posterior.path("settings").path("prior"));
  }

  /** SHA-256 of the proposal's chain.csv, for fingerprints; fails like {@link #read} when it is missing. */
  public static String chainSha256(Path directory) throws IOException {
    requireExists(directory);
    return ContentHash.of(directory.resolve(PosteriorFiles.CHAIN));
  }

  /**
   * Fails unless {@code directory} holds a posterior's chain.csv and posterior.json.
   *
   * @throws InvalidParameterException naming importanceFrom
   */
  public static void requireExists(Path directory) {
    if (!Files.isRegularFile(directory.resolve(PosteriorFiles.CHAIN))
        || !Files.isRegularFile(directory.resolve(PosteriorFiles.POSTERIOR))) {
      throw new InvalidParameterException("importanceFrom", directory,
          "a posterior directory with " + PosteriorFiles.CHAIN + " and " + PosteriorFiles.POSTERIOR
          + " (run the proposal's nml:posterior execution first)");
    }
  }

  /**
   * Refuses a proposal with another prior: the weights are ratios of the two posteriors, so a proposal
   * prior narrower than the target's would silently cut the target.
   */
  public void requirePrior(JsonNode targetPrior) {
    if (!prior.equals(targetPrior)) {
      throw new InvalidParameterException("importanceFrom", name + " with prior " + prior,
          "a posterior with this run's prior " + targetPrior);
    }
  }

  /** Lines of a file seen block by block, as {@code Files.lines} counts them (a last line needs no LF). */
  private static final class LineCount {
    private long newlines;
    private byte last = '\n';

    void scan(byte[] block, int length) {
      for (int i = 0; i < length; i++) {
        if (block[i] == '\n') {
          newlines++;
        }
      }
      last = block[length - 1];
    }

    long count() {
      return newlines + (last == '\n' ? 0 : 1);
    }
  }

  private static void checkHeader(Path directory, String header, List<String> names) {
    List<String> expected = new java.util.ArrayList<>(List.of("walker", "step"));
    expected.addAll(names);
    expected.add("log_posterior");
    if (header == null || !Arrays.asList(header.split(",")).equals(expected)) {
      throw new InvalidParameterException("importanceFrom", directory + " (" + PosteriorFiles.CHAIN + " columns "
          + header + ")", "a chain of " + String.join(",", expected));
    }
  }
}

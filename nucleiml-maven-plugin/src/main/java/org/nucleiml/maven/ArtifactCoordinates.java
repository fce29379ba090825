package org.nucleiml.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.nucleiml.InvalidParameterException;

/**
 * A released zip named by Maven coordinates {@code groupId:artifactId:version[:classifier]} (type zip):
 * the emulator nml:train attaches (classifier {@code emulator}) or the mass model nml:train-masses
 * attaches (classifier {@code mass-model}).
 *
 * @param parameter the POM parameter that named it, for messages
 * @param groupId the group
 * @param artifactId the artifact
 * @param version the version
 * @param classifier the classifier
 */
record ArtifactCoordinates(String parameter, String groupId, String artifactId, String version, String classifier) {

  /** The classifier nml:train attaches the emulator zip with. */
  static final String EMULATOR_CLASSIFIER = "emulator";
  /** The type (extension) of the attached zips. */
  static final String TYPE = "zip";

  /**
   * Parses {@code groupId:artifactId:version[:classifier]}, naming the POM parameter on failure.
   *
   * @param defaultClassifier the classifier when the text gives none
   */
  static ArtifactCoordinates parse(String parameter, String text, String defaultClassifier) {
    String[] parts = text.trim().split(":", -1);
    boolean blank = false;
    for (String p : parts) {
      blank |= p.isBlank();
    }
    if (parts.length < 3 || parts.length > 4 || blank) {
      throw new InvalidParameterException(parameter, "'" + text + "'",
          "groupId:artifactId:version[:classifier] (type zip, classifier " + defaultClassifier + " by default)");
    }
    return new ArtifactCoordinates(parameter, parts[0].trim(), parts[1].trim(), parts[2].trim(),
        parts.length == 4 ? parts[3].trim() : defaultClassifier);
  }

  /** Resolves the zip through the project's repositories (local first, as any dependency). */
  Path resolve(String goal, RepositorySystem system, RepositorySystemSession session,
      List<RemoteRepository> repositories) throws MojoExecutionException {
    DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, classifier, TYPE, version);
    try {
      return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
          .getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("nml:" + goal + " could not resolve " + parameter + " " + artifact
          + ": " + e.getMessage(), e);
    }
  }
}

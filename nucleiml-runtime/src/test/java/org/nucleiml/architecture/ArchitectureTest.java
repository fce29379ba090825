package org.nucleiml.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The runtime's architecture, checked on every build (docs/index.md, docs/configuration.md): imports
 * only point down the layers base (root package and files) &lt;- cluster (Slurm engine, used by study and cli only) and physics &lt;- data, masses &lt;- emulator, validation
 * &lt;- inference &lt;- study &lt;- cli, and no runtime class touches the Maven API.
 */
@AnalyzeClasses(packages = "org.nucleiml", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layersOnlyImportDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      // The root package (Checks, InvalidParameterException, Seeds) and files (atomic writes, hashes,
      // locks) are one base layer: each uses the other, and everything else may use both.
      .layer("Base").definedBy("org.nucleiml", "org.nucleiml.files..")
      .layer("Cluster").definedBy("org.nucleiml.cluster..")
      .layer("Physics").definedBy("org.nucleiml.physics..")
      .layer("Data").definedBy("org.nucleiml.data..")
      .layer("Masses").definedBy("org.nucleiml.masses..")
      .layer("Emulator").definedBy("org.nucleiml.emulator..")
      .layer("Validation").definedBy("org.nucleiml.validation..")
      .layer("Inference").definedBy("org.nucleiml.inference..")
      .layer("Study").definedBy("org.nucleiml.study..")
      .layer("Cli").definedBy("org.nucleiml.cli..")
      .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
      .whereLayer("Cluster").mayOnlyBeAccessedByLayers("Study", "Cli")
      .whereLayer("Study").mayOnlyBeAccessedByLayers("Cli")
      .whereLayer("Inference").mayOnlyBeAccessedByLayers("Study", "Cli")
      .whereLayer("Validation").mayOnlyBeAccessedByLayers("Inference", "Study", "Cli")
      .whereLayer("Emulator").mayOnlyBeAccessedByLayers("Inference", "Study", "Cli")
      .whereLayer("Data").mayOnlyBeAccessedByLayers("Emulator", "Validation", "Inference", "Study", "Cli")
      .whereLayer("Masses").mayOnlyBeAccessedByLayers("Emulator", "Validation", "Inference", "Study", "Cli")
      .whereLayer("Physics").mayOnlyBeAccessedByLayers("Data", "Masses", "Emulator", "Validation", "Inference",
          "Study", "Cli")
      .whereLayer("Base").mayOnlyBeAccessedByLayers("Cluster", "Physics", "Data", "Masses", "Emulator",
          "Validation", "Inference", "Study", "Cli");

  @ArchTest
  static final ArchRule runtimeImportsNoMavenApi = noClasses().that().resideInAPackage("org.nucleiml..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
          "org.eclipse.aether..")
      .because("the runtime is plain Java; only nucleiml-maven-plugin speaks Maven");
}

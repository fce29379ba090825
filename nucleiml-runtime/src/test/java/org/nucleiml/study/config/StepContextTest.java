package org.nucleiml.study.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nucleiml.InvalidParameterException;

/** Tests for {@link StepContext}'s thread counts. */
class StepContextTest {

  @Test
  void allCores_followsSlurmCpusPerTaskInsideAJob() {
    assertEquals(64, StepContext.allCores("64"));
    assertEquals(3, StepContext.allCores(" 3 "));
  }

  @Test
  void allCores_fallsBackToTheJvmOutsideAJobOrOnGarbage() {
    int jvm = Runtime.getRuntime().availableProcessors();
    assertEquals(jvm, StepContext.allCores(null));
    assertEquals(jvm, StepContext.allCores("0"));
    assertEquals(jvm, StepContext.allCores("2(x3)"));
  }

  @Test
  void threads_rejectsNegativeCounts() {
    assertEquals(5, StepContext.threads(5));
    assertEquals("threads", assertThrows(InvalidParameterException.class, () -> StepContext.threads(-1)).parameter());
  }
}

package org.nucleiml.study.config;

import java.util.function.Consumer;
import org.nucleiml.GateFailedException;

/**
 * The one fail-or-warn rule of every gated step: a missed gate fails the run after all reports are
 * written, unless the configuration's {@code failOnGate} is false, in which case it is only a warning.
 */
public final class FailOnGate {

  /** Default of every step's {@code failOnGate}. */
  public static final String DEFAULT = "true";

  private FailOnGate() {}

  /**
   * Throws {@code failure} when {@code failOnGate}, otherwise sends its message to {@code warn}.
   *
   * @throws GateFailedException when {@code failOnGate}
   */
  public static void apply(boolean failOnGate, GateFailedException failure, Consumer<String> warn) {
    if (failOnGate) {
      throw failure;
    }
    warn.accept(failure.getMessage() + "\n(not failing: failOnGate is false)");
  }
}

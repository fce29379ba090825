package org.nucleiml.inference;

import java.util.Objects;
import org.nucleiml.data.Observable;
import org.nucleiml.physics.Nucleus;

/**
 * One quantity a backend must predict: an observable of a nucleus.
 *
 * @param nucleus the nucleus
 * @param observable the observable
 */
public record Target(Nucleus nucleus, Observable observable) {

  /** Requires both parts. */
  public Target {
    Objects.requireNonNull(nucleus, "nucleus");
    Objects.requireNonNull(observable, "observable");
  }

  @Override
  public String toString() {
    return nucleus.name() + " " + observable.key();
  }
}

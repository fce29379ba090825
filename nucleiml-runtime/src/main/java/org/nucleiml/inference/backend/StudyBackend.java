package org.nucleiml.inference.backend;

import java.util.Map;
import org.nucleiml.inference.ModelBackend;

/** A posterior model that can say what its answers depend on, for the step fingerprint. */
public interface StudyBackend extends ModelBackend {

  /** Everything the backend's predictions depend on (kind, artifact hash or settings, runtime version). */
  Map<String, String> identity();
}

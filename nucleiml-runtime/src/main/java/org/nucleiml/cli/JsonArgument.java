package org.nucleiml.cli;

import java.io.IOException;
import java.io.InputStream;
import org.nucleiml.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A JSON option value given inline, as a file, or on standard input, so that what one command prints
 * is another's input: {@code nml couplings --nmp .. | nml matter --couplings -}, or {@code nml
 * couplings --nmp .. > c.json; nml solve --couplings c.json ..}. A value starting with <code>{</code>
 * is the JSON itself; {@code -} reads standard input; anything else is a file path.
 */
final class JsonArgument {

  private JsonArgument() {}

  /**
   * The JSON text of {@code option}'s {@code value}; {@code null} stays {@code null}. A value that is
   * neither JSON nor an existing file is invalid input naming the option (it is as likely mistyped
   * JSON as a wrong path).
   */
  static String read(String option, String value, InputStream stdin) throws IOException {
    if (value == null || value.strip().startsWith("{")) {
      return value;
    }
    if (value.equals("-")) {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    Path file;
    try {
      file = Path.of(value);
    } catch (InvalidPathException e) {
      file = null;
    }
    if (file == null || !Files.isRegularFile(file)) {
      throw new InvalidParameterException(option, "'" + value + "'",
          "a JSON object, an existing file holding one, or - for standard input");
    }
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }
}

package org.nucleiml;

/**
 * A named input has a value outside what is allowed. The message always reads "what, found X,
 * expected Y" so that a CLI, a POM or a config file can point the user at the field to fix.
 */
public class InvalidParameterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final transient Object value;
  private final String allowed;

  /**
   * @param parameter The parameter's name as the user wrote it (snake_case in files, camelCase in POMs).
   * @param value The offending value.
   * @param allowed What would have been accepted, e.g. "a finite number in (0, 1)".
   */
  public InvalidParameterException(String parameter, Object value, String allowed) {
    super(parameter + ": found " + value + ", expected " + allowed);
    this.parameter = parameter;
    this.value = value;
    this.allowed = allowed;
  }

  /**
   * The same complaint about a parameter inside {@code context} (e.g. "classifier" for a network's
   * learning rate), so the message says which of several alike settings is wrong.
   */
  public InvalidParameterException in(String context) {
    InvalidParameterException e = new InvalidParameterException(context + "." + parameter, value, allowed);
    e.initCause(this);
    return e;
  }

  /** The parameter's name. */
  public String parameter() {
    return parameter;
  }

  /** The offending value. */
  public Object value() {
    return value;
  }

  /** What is allowed. */
  public String allowed() {
    return allowed;
  }
}

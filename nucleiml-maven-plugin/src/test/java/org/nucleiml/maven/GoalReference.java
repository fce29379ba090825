package org.nucleiml.maven;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Renders the plugin goal reference, docs/goals.md, from the descriptor maven-plugin-plugin writes.
 * The descriptor already holds every goal, parameter, default and user property taken from the
 * mojo annotations and Javadoc, so rendering it keeps the page true to the code. Test scope: it is
 * documentation tooling, not something the plugin ships.
 */
final class GoalReference {

  /** Written by maven-plugin-plugin's descriptor goal in process-classes, before tests compile. */
  static final Path DESCRIPTOR = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");

  static final String REGENERATE_COMMAND =
      "./mvnw -pl nucleiml-maven-plugin test -Dtest=GoalReferenceTest -Dnml.docs.regenerate=true";

  /** Goals in the order a study runs them; other goals follow alphabetically, help comes last. */
  private static final List<String> LIFECYCLE = List.of("generate", "train", "validate", "posterior");

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{(.+)}");

  record Parameter(String name, String type, String defaultValue, String property, boolean required,
      String description) {}

  record Goal(String name, String phase, String description, List<Parameter> parameters) {}

  private GoalReference() {}

  /** The goals of the descriptor in reference order, without read-only parameters. */
  static List<Goal> read(Path descriptor) throws IOException {
    Element plugin;
    try {
      plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(descriptor.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + descriptor + ": " + e.getMessage(), e);
    }
    List<Goal> goals = new ArrayList<>();
    for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
      goals.add(goal(mojo));
    }
    goals.sort(Comparator.comparingInt(GoalReference::rank).thenComparing(Goal::name));
    return goals;
  }

  private static int rank(Goal goal) {
    if (goal.name().equals("help")) {
      return LIFECYCLE.size() + 1;
    }
    int index = LIFECYCLE.indexOf(goal.name());
    return index >= 0 ? index : LIFECYCLE.size();
  }

  private static Goal goal(Element mojo) {
    // Defaults and user properties live in <configuration>, not in <parameter>:
    // <seed implementation="long" default-value="42">${nml.seed}</seed>.
    Map<String, Element> configuration = new HashMap<>();
    Element configurationElement = child(mojo, "configuration");
    if (configurationElement != null) {
      for (Element element : children(configurationElement, null)) {
        configuration.put(element.getTagName(), element);
      }
    }
    String implementation = text(mojo, "implementation");
    List<Parameter> parameters = new ArrayList<>();
    Element parametersElement = child(mojo, "parameters");
    if (parametersElement != null) {
      for (Element parameter : children(parametersElement, "parameter")) {
        // Read-only parameters (project, session) are injected by Maven, not set by users.
        if (text(parameter, "editable").equals("false")) {
          continue;
        }
        String name = text(parameter, "name");
        Element config = configuration.get(name);
        String defaultValue = config == null ? "" : config.getAttribute("default-value");
        Matcher property = PROPERTY.matcher(config == null ? "" : config.getTextContent().trim());
        String type = genericType(implementation, name, text(parameter, "type"));
        parameters.add(new Parameter(name, simpleType(type), defaultValue,
            property.matches() ? property.group(1) : "", text(parameter, "required").equals("true"),
            text(parameter, "description")));
      }
    }
    parameters.sort(Comparator.comparing(Parameter::name));
    return new Goal(text(mojo, "goal"), text(mojo, "phase"), text(mojo, "description"), parameters);
  }

  /**
   * The descriptor's type with its type arguments: plugin.xml erases them ({@code java.util.List}),
   * but the mojo field, compiled into target/classes and so on the test class path, still has them.
   * Falls back to the descriptor's type when the parameter is not a field of that type.
   */
  private static String genericType(String implementation, String parameter, String descriptorType) {
    Class<?> type;
    try {
      type = Class.forName(implementation, false, GoalReference.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the descriptor names " + implementation + ", which is not compiled", e);
    }
    for (; type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getName().equals(parameter) && field.getType().getName().equals(descriptorType)) {
          return field.getGenericType().getTypeName();
        }
      }
    }
    return descriptorType;
  }

  /** {@code java.util.List<org.nucleiml.maven.ConstraintConfiguration>} becomes {@code List<ConstraintConfiguration>}. */
  private static String simpleType(String type) {
    return type.replaceAll("[\\w$]+\\.", "");
  }

  /** The page, LF line endings whatever the platform and nothing time-dependent, so it is reproducible. */
  static String render(List<Goal> goals) {
    StringBuilder out = new StringBuilder();
    out.append("# NucleiML plugin goals\n\n");
    out.append("Generated from the plugin descriptor (`plugin.xml`) by `GoalReferenceTest`, which fails"
        + " when this page is out of date; do not edit it by hand, regenerate it with `")
        .append(REGENERATE_COMMAND).append("`.\n\n");
    out.append("Set a parameter in the goal's `<configuration>` in the POM or, where it has a user"
        + " property, on the command line with `-D<property>=<value>`.\n\n");
    out.append("| goal | default phase | summary |\n|---|---|---|\n");
    for (Goal goal : goals) {
      out.append("| [nml:").append(goal.name()).append("](#nml").append(goal.name().toLowerCase())
          .append(") | ").append(goal.phase().isEmpty() ? "(none)" : code(goal.phase())).append(" | ")
          .append(cell(firstSentence(goal.description()))).append(" |\n");
    }
    for (Goal goal : goals) {
      out.append("\n## nml:").append(goal.name()).append("\n\n");
      out.append(escapeHtml(markdown(goal.description()))).append("\n\n");
      out.append(goal.phase().isEmpty()
          ? "No default phase: run it from the command line.\n"
          : "Default phase: `" + goal.phase() + "`.\n");
      if (goal.parameters().isEmpty()) {
        continue;
      }
      out.append("\n| parameter | type | default | user property | required | description |\n")
          .append("|---|---|---|---|---|---|\n");
      for (Parameter p : goal.parameters()) {
        out.append("| ").append(code(p.name()))
            .append(" | ").append(code(p.type()))
            .append(" | ").append(code(p.defaultValue()))
            .append(" | ").append(code(p.property()))
            .append(" | ").append(p.required() ? "yes" : "no")
            .append(" | ").append(cell(p.description()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * Javadoc and HTML markup to Markdown, paragraphs separated by a blank line. The descriptor usually
   * carries plain text already, but maven-plugin-tools versions differ in how much markup they keep.
   */
  static String markdown(String javadoc) {
    String text = javadoc
        .replaceAll("(?i)\\s*<p\\s*/?>\\s*|\\s*</p>\\s*", "\n\n")
        .replaceAll("(?i)<br\\s*/?>", " ")
        .replaceAll("\\{@(?:code|literal)\\s+([^}]*)}", "`$1`")
        .replaceAll("\\{@link(?:plain)?\\s+([^}\\s]*)[^}]*}", "`$1`")
        .replaceAll("(?i)</?(?:code|tt)>", "`")
        .replaceAll("(?i)</?(?:em|i|b|strong)>", "");
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      String line = paragraph.replaceAll("\\s+", " ").trim();
      if (!line.isEmpty()) {
        paragraphs.add(line);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  /** Up to the first period followed by whitespace, as Javadoc's summary sentence. */
  static String firstSentence(String javadoc) {
    String text = markdown(javadoc).replaceAll("\\s+", " ");
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** One table cell: one line, and a | would end the cell early even inside a code span. */
  private static String cell(String javadoc) {
    return escapeHtml(markdown(javadoc).replaceAll("\\s+", " ")).replace("|", "\\|");
  }

  private static String code(String value) {
    return value.isEmpty() ? "" : "`" + value.replace("|", "\\|") + "`";
  }

  /**
   * Escapes {@code <} outside code spans: a description such as {@code -Dgoal=<goal-name>} would
   * otherwise be read as an HTML tag and vanish. Inside backticks it is shown literally anyway.
   */
  private static String escapeHtml(String markdown) {
    String[] parts = markdown.split("`", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append('`');
      }
      out.append(i % 2 == 0 ? parts[i].replace("<", "&lt;") : parts[i]);
    }
    return out.toString();
  }

  private static Element child(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Direct child elements only: "goal" is both a mojo's name and a help parameter's config. */
  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && (tag == null || element.getTagName().equals(tag))) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String tag) {
    Element element = child(parent, tag);
    return element == null ? "" : element.getTextContent().trim();
  }
}

package org.convene.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders decisions from the {@code org.convene.rules.Reasons} bundles (English, French,
 * German): one sentence per reason code, its {@code {name}} placeholders filled from the
 * outcome's parameters, scopes, partitions and attendances translated too.
 */
final class Descriptions {
  private static final String BUNDLE = "org.convene.rules.Reasons";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z.]+)}");

  private Descriptions() {}

  static String describe(Decision decision, Locale locale) {
    // no fallback to the JVM's default locale: an unknown language reads English, on any machine
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Descriptions.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    List<String> lines = new ArrayList<>();
    lines.add(text(bundle, "outcome." + decision.getOutcome().name()));
    for (RuleOutcome o : decision.getRuleOutcomes()) {
      String line = o.getReason().isPresent() ? render(bundle, o.getReasonCode(), o.getParameters()) : null;
      if (line == null) {
        line = o.getFigures().isEmpty() ? o.getRuleId() + ": " + o.getReasonCode() : o.getFigures();
      }
      lines.add((o.isPassed() ? "+ " : "- ") + line);
    }
    Entitlements e = decision.getEntitlements();
    if (decision.isAccepted()) {
      String travel = render(bundle, e.getTravelReason(), e.getTravelParameters());
      lines.add(travel == null ? e.getTravelFigures() : travel);
    }
    return String.join("\n", lines);
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static String render(ResourceBundle bundle, String code, Map<String, String> parameters) {
    String template = text(bundle, code);
    if (template == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(bundle, m.group(1), parameters)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String value(ResourceBundle bundle, String name, Map<String, String> parameters) {
    switch (name) {
      case "scope": {
        String scope = parameters.getOrDefault("scope", "event");
        return fill(text(bundle, "scope." + scope), "target", parameters.getOrDefault("target", ""));
      }
      case "partition": {
        StringBuilder b = new StringBuilder();
        parameters.forEach((k, v) -> {
          if (k.startsWith("partition.")) {
            String shown = v.isEmpty() ? text(bundle, "partition.none") : v;
            b.append(", ").append(fill(text(bundle, k), "value", shown));
          }
        });
        return b.toString();
      }
      case "attendance": {
        String a = parameters.getOrDefault("attendance", "");
        String t = text(bundle, "attendance." + a);
        return t == null ? a : t;
      }
      default:
        return parameters.getOrDefault(name, "");
    }
  }

  private static String fill(String template, String name, String value) {
    return template == null ? value : template.replace("{" + name + "}", value);
  }
}

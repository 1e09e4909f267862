package io.stagecraft.core.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A list of rules by id. {@link Rules#all()} is the registry every front end uses. */
public final class RuleRegistry {
  private final Map<String, Rule> byId = new LinkedHashMap<>();

  public RuleRegistry(Collection<Rule> rules) {
    for (Rule r : rules) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalArgumentException("two rules have the id " + r.id());
      }
    }
  }

  public List<Rule> rules() {
    return new ArrayList<>(byId.values());
  }

  /** The rule with this id, or null. */
  public Rule rule(String id) {
    return byId.get(id);
  }

  public int size() {
    return byId.size();
  }
}

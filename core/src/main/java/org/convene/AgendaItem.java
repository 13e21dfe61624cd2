package org.convene;

import java.util.Arrays;
import java.util.List;
import org.convene.internal.CheckedForNull;
import org.convene.internal.Require;
import org.immutables.value.Value;

/**
 * One bullet of a session's agenda, with the bullets nested under it.
 *
 * <p>The seed's "Introduction to the OOTS Common Services" has the item "An overview of the
 * user interfaces for each component of the Common Services", with "Access Management",
 * "Evidence Mapper" and "Semantic Repository." nested under it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgendaItem implements WithAgendaItem {
  AgendaItem() {}

  /**
   * Returns the item's text.
   *
   * @return the text, not null
   */
  public abstract String getText();

  /**
   * Returns the items nested under this one.
   *
   * @return the children, possibly empty, not null
   */
  @Value.Default
  @CheckedForNull
  public List<AgendaItem> getChildren() {
    return List.of();
  }

  /**
   * Creates an item with nothing nested under it.
   *
   * @param text the text, not null
   * @return the item, not null
   */
  public static AgendaItem of(String text) {
    return new Builder().text(text).build();
  }

  /**
   * Creates an item, with nested items.
   *
   * @param text the text, not null
   * @param children the nested items, not null
   * @return the item, not null
   * @throws MissingValueException if {@code children} is null or holds null
   */
  public static AgendaItem of(String text, AgendaItem... children) {
    Require.elements(children, "AgendaItem", "of", "children");
    return new Builder().text(text).children(Arrays.asList(children)).build();
  }

  /**
   * Creates an item whose nested items are plain texts.
   *
   * @param text the text, not null
   * @param children the texts of the nested items, not null
   * @return the item, not null
   * @throws MissingValueException if {@code children} is null or holds null
   */
  public static AgendaItem of(String text, String... children) {
    Require.elements(children, "AgendaItem", "of", "children");
    Builder builder = new Builder();
    builder.text(text);
    for (String child : children) {
      builder.addChildren(of(child));
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    Require.present(getText(), "AgendaItem", "text");
    Require.noNulls(getChildren(), "AgendaItem", "children");
  }

  /** Builds an {@link AgendaItem}; the text is required. */
  public static final class Builder extends ImmutableAgendaItem.Builder {}
}

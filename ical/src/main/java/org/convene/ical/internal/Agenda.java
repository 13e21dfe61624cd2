package org.convene.ical.internal;

import java.util.ArrayList;
import java.util.List;
import org.convene.AgendaItem;

/** Agenda items as readable text, and their flat pre-order form with depths. */
public final class Agenda {
  private Agenda() {}

  /** An agenda item's text with its depth, 1 for a top-level item. */
  public static final class Entry {
    final int depth;
    final String text;

    Entry(int depth, String text) {
      this.depth = depth;
      this.text = text;
    }
  }

  /**
   * Renders an agenda as bullet lines, two spaces of indent per level.
   *
   * @param items the items
   * @return the text, empty for no items
   */
  public static String render(List<AgendaItem> items) {
    StringBuilder out = new StringBuilder();
    render(items, 0, out);
    return out.toString();
  }

  private static void render(List<AgendaItem> items, int level, StringBuilder out) {
    for (AgendaItem item : items) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("  ".repeat(level)).append("- ").append(item.getText());
      render(item.getChildren(), level + 1, out);
    }
  }

  /**
   * Makes an entry.
   *
   * @param depth the depth, 1 for a top-level item
   * @param text the text
   * @return the entry
   */
  public static Entry entry(int depth, String text) {
    return new Entry(depth, text);
  }

  /**
   * Flattens an agenda in pre-order.
   *
   * @param items the items
   * @return the entries
   */
  public static List<Entry> flatten(List<AgendaItem> items) {
    List<Entry> out = new ArrayList<>();
    flatten(items, 1, out);
    return out;
  }

  private static void flatten(List<AgendaItem> items, int depth, List<Entry> out) {
    for (AgendaItem item : items) {
      out.add(new Entry(depth, item.getText()));
      flatten(item.getChildren(), depth + 1, out);
    }
  }

  /**
   * Rebuilds the tree from a pre-order list.
   *
   * @param entries the entries, each at most one level deeper than the one before
   * @return the items, or empty if the depths do not describe a tree
   */
  public static List<AgendaItem> unflatten(List<Entry> entries) {
    int[] at = {0};
    List<AgendaItem> items = build(entries, at, 1);
    return at[0] == entries.size() ? items : List.of();
  }

  private static List<AgendaItem> build(List<Entry> entries, int[] at, int depth) {
    List<AgendaItem> items = new ArrayList<>();
    while (at[0] < entries.size() && entries.get(at[0]).depth == depth) {
      Entry entry = entries.get(at[0]++);
      List<AgendaItem> children = build(entries, at, depth + 1);
      items.add(new AgendaItem.Builder().text(entry.text).children(children).build());
    }
    return items;
  }
}

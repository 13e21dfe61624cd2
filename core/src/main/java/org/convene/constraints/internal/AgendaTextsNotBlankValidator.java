package org.convene.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.convene.AgendaItem;
import org.convene.Session;
import org.convene.constraints.AgendaTextsNotBlank;

/**
 * Implements {@link AgendaTextsNotBlank} with an explicit stack instead of recursion, so that
 * the depth of an agenda never exhausts the thread's stack. Items are reported in document order;
 * a path is built only for an item that is reported.
 */
public final class AgendaTextsNotBlankValidator
    implements ConstraintValidator<AgendaTextsNotBlank, Session> {
  /** Each report carries a path as deep as its item: cap them, or a hostile agenda costs O(n²). */
  private static final int MAX_REPORTED = 100;

  /** Creates the validator; Jakarta Validation does. */
  public AgendaTextsNotBlankValidator() {}

  @Override
  public boolean isValid(Session session, ConstraintValidatorContext context) {
    if (session == null || session.getAgenda().isEmpty()) {
      return true;
    }
    int reported = 0;
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(session.getAgenda(), null));
    while (!stack.isEmpty() && reported < MAX_REPORTED) {
      Frame frame = stack.peek();
      if (frame.next >= frame.items.size()) {
        stack.pop();
        continue;
      }
      int index = frame.next++;
      AgendaItem item = frame.items.get(index);
      if (item.getText().isBlank()) {
        reported++;
        Report.of("{org.convene.constraints.AgendaTextsNotBlank.message}")
            .param("session", session.getId())
            .value(item.getText())
            .nodes(frame.path().then("text", index))
            .to(context);
      }
      if (!item.getChildren().isEmpty()) {
        stack.push(new Frame(item.getChildren(), frame));
      }
    }
    return reported == 0;
  }

  /**
   * A list of items being walked and the index of the next item; its parent frame's current item
   * holds this list, which is all a path needs.
   */
  private static final class Frame {
    final List<AgendaItem> items;
    final Frame parent;
    final int indexInParent;
    int next;
    NodePath path;

    Frame(List<AgendaItem> items, Frame parent) {
      this.items = items;
      this.parent = parent;
      this.indexInParent = parent == null ? -1 : parent.next - 1;
    }

    /**
     * The path of this list: {@code agenda} or {@code agenda[i].children[j].children}. Built on
     * the first report below this frame and kept, walking up iteratively to the nearest frame that
     * has one, so that reporting every item of a deep agenda stays linear.
     */
    NodePath path() {
      Deque<Frame> missing = new ArrayDeque<>();
      Frame known = this;
      while (known != null && known.path == null) {
        missing.push(known);
        known = known.parent;
      }
      NodePath path = known == null ? null : known.path;
      for (Frame f : missing) {
        path = f.parent == null ? NodePath.of("agenda") : path.then("children", f.indexInParent);
        f.path = path;
      }
      return this.path;
    }
  }
}

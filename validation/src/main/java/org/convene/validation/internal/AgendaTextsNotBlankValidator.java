package org.convene.validation.internal;

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
 * the depth of an agenda never exhausts the thread's stack. Items are reported in document order.
 */
public final class AgendaTextsNotBlankValidator
    implements ConstraintValidator<AgendaTextsNotBlank, Session> {
  /** Creates the validator; Jakarta Validation does. */
  public AgendaTextsNotBlankValidator() {}

  @Override
  public boolean isValid(Session session, ConstraintValidatorContext context) {
    if (session == null) {
      return true;
    }
    boolean valid = true;
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(session.getAgenda(), NodePath.of("agenda")));
    while (!stack.isEmpty()) {
      Frame frame = stack.peek();
      if (frame.next >= frame.items.size()) {
        stack.pop();
        continue;
      }
      int index = frame.next++;
      AgendaItem item = frame.items.get(index);
      if (item.getText().isBlank()) {
        valid = false;
        Report.of("{org.convene.constraints.AgendaTextsNotBlank.message}")
            .param("session", session.getId())
            .value(item.getText())
            .nodes(frame.path.then("text", index))
            .to(context);
      }
      if (!item.getChildren().isEmpty()) {
        stack.push(new Frame(item.getChildren(), frame.path.then("children", index)));
      }
    }
    return valid;
  }

  /** A list of items being walked, its path, and the index of the next item. */
  private static final class Frame {
    final List<AgendaItem> items;
    final NodePath path;
    int next;

    Frame(List<AgendaItem> items, NodePath path) {
      this.items = items;
      this.path = path;
    }
  }
}

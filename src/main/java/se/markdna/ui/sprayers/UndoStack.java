package se.markdna.ui.sprayers;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The edits and events made while the window is open, newest on top. Each command knows how to
 * take itself back; undo runs it off the JavaFX thread (it is database work).
 */
public final class UndoStack {

    /** One undoable change. */
    public interface Command {
        /** Shown as "Ångra: …". */
        String description();

        /** Takes the change back; database work, called off the JavaFX thread. Returns the sprayer id touched. */
        long undo();
    }

    private static final int LIMIT = 50;

    private final Deque<Command> commands = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Command> top = new ReadOnlyObjectWrapper<>();

    public void push(Command c) {
        commands.push(c);
        if (commands.size() > LIMIT) {
            commands.removeLast();
        }
        top.set(c);
    }

    public Command pop() {
        Command c = commands.poll();
        top.set(commands.peek());
        return c;
    }

    /** Puts a command back after its undo failed. */
    void restore(Command c) {
        push(c);
    }

    public ReadOnlyObjectProperty<Command> topProperty() {
        return top.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return commands.isEmpty();
    }
}

package se.markdna.ui.properties;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The register changes made while the window is open, newest on top; each knows how to take itself back. */
public final class UndoHistory {

    /** One undoable change. */
    public interface Change {
        /** Shown as "Ångrade: …". */
        String description();

        /** Takes the change back: database work, run off the JavaFX thread. Returns the property ids touched. */
        Collection<Long> undo();

        static Change of(String description, java.util.function.Supplier<Collection<Long>> undo) {
            return new Change() {
                @Override
                public String description() {
                    return description;
                }

                @Override
                public Collection<Long> undo() {
                    return undo.get();
                }
            };
        }
    }

    private static final int LIMIT = 100;

    private final Deque<Change> changes = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Change> top = new ReadOnlyObjectWrapper<>();

    public void push(Change c) {
        changes.push(c);
        while (changes.size() > LIMIT) {
            changes.removeLast();
        }
        top.set(c);
    }

    public Change pop() {
        Change c = changes.poll();
        top.set(changes.peek());
        return c;
    }

    public ReadOnlyObjectProperty<Change> topProperty() {
        return top.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public int size() {
        return changes.size();
    }
}

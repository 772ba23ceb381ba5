package dev.llmadvisor.reply;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An unmodifiable list made on first read: a reply's reasons format every finding of every shown option, and most
 * replies are shown without them (an {@code ask} without {@code --why}, a scored scenario).
 */
final class LaterList<E> extends AbstractList<E> {
    private Supplier<List<E>> make;
    private volatile List<E> made;

    LaterList(Supplier<List<E>> make) {
        this.make = make;
    }

    private List<E> made() {
        List<E> m = made;
        if (m == null) {
            synchronized (this) {
                m = made;
                if (m == null) {
                    m = List.copyOf(make.get());
                    made = m;
                    make = null;
                }
            }
        }
        return m;
    }

    @Override
    public E get(int index) { return made().get(index); }

    @Override
    public int size() { return made().size(); }
}

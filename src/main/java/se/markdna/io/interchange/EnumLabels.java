package se.markdna.io.interchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.markdna.domain.Labelled;
import se.markdna.i18n.Messages;

/**
 * Reads an enum value written as its Swedish label, its English label or its code, case ignored,
 * whatever language the user's UI is in.
 */
public final class EnumLabels {

    private final Map<Class<?>, Map<String, Labelled>> byClass = new HashMap<>();
    private final Messages swedish = new Messages(Messages.SWEDISH);
    private final Messages english = new Messages(Messages.ENGLISH);

    public Optional<Labelled> parse(Class<? extends Labelled> type, String text) {
        Map<String, Labelled> lookup = byClass.computeIfAbsent(type, this::lookupFor);
        return Optional.ofNullable(lookup.get(Headers.normalise(text)));
    }

    private Map<String, Labelled> lookupFor(Class<?> type) {
        Map<String, Labelled> m = new HashMap<>();
        for (Object o : type.getEnumConstants()) {
            Labelled l = (Labelled) o;
            m.put(Headers.normalise(l.code()), l);
            m.put(Headers.normalise(english.label(l)), l);
            m.put(Headers.normalise(swedish.label(l)), l);
        }
        return m;
    }

    public String label(Labelled value, boolean inEnglish) {
        return (inEnglish ? english : swedish).label(value);
    }
}

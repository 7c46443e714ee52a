package se.markdna.domain.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between two snapshots of a record as field → text maps. An insert is a diff from
 * nothing, a delete a diff to nothing.
 */
public final class ChangeSet {

    private ChangeSet() {
    }

    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Map<String, String> b = before == null ? Map.of() : before;
        Map<String, String> a = after == null ? Map.of() : after;
        Map<String, Boolean> fields = new LinkedHashMap<>();
        b.keySet().forEach(k -> fields.put(k, true));
        a.keySet().forEach(k -> fields.put(k, true));
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields.keySet()) {
            String old = b.get(f);
            String now = a.get(f);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(f, old, now));
            }
        }
        return changes;
    }
}

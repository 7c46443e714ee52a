package se.markdna.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void onlyChangedFieldsOldToNew() {
        assertThat(ChangeSet.between(map("name", "A", "dwellings", "10", "notes", "x"),
                map("name", "A", "dwellings", "12", "notes", "x"))).containsExactly(new FieldChange("dwellings", "10", "12"));
    }

    @Test
    void nullsCountAsValuesAndFieldsKeepTheirOrder() {
        Map<String, String> before = new HashMap<>();
        before.put("a", null);
        before.put("b", "1");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("b", null);
        after.put("a", "2");
        assertThat(ChangeSet.between(map("x", "1", "y", "2"), map("x", "9", "y", "8")))
                .extracting(FieldChange::field).containsExactly("x", "y");
        assertThat(ChangeSet.between(before, after)).containsExactlyInAnyOrder(new FieldChange("a", null, "2"),
                new FieldChange("b", "1", null));
    }

    @Test
    void insertAndDelete() {
        assertThat(ChangeSet.between(null, map("name", "A", "notes", "x")))
                .containsExactly(new FieldChange("name", null, "A"), new FieldChange("notes", null, "x"));
        assertThat(ChangeSet.between(map("name", "A"), null)).containsExactly(new FieldChange("name", "A", null));
    }

    @Test
    void noChangeIsEmpty() {
        assertThat(ChangeSet.between(map("a", "1"), map("a", "1"))).isEmpty();
        assertThat(ChangeSet.between(null, null)).isEmpty();
    }
}

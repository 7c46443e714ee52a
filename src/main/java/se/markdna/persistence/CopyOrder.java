package se.markdna.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order tables are copied in: a referenced table before the tables referring to it, so that
 * the server's foreign keys accept every row as it arrives; otherwise the order the schema made them.
 */
final class CopyOrder {

    private CopyOrder() {
    }

    static List<SourceTable> of(List<SourceTable> tables) {
        List<SourceTable> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Set<String> known = tables.stream().map(SourceTable::name).collect(Collectors.toSet());
        List<SourceTable> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            // a reference to a table the file does not hold cannot be waited for
            SourceTable next = left.stream()
                    .filter(t -> t.references().stream().allMatch(r -> placed.contains(r) || !known.contains(r)))
                    .findFirst()
                    .orElseThrow(() -> new RegisterCopy.RefusedException(
                            RegisterCopy.RefusedException.Reason.STRUCTURE_DIFFERS,
                            "The file's tables refer to each other in a circle; they cannot be copied in order: "
                                    + left.stream().map(SourceTable::name).collect(Collectors.joining(", "))));
            ordered.add(next);
            placed.add(next.name());
            left.remove(next);
        }
        return ordered;
    }
}

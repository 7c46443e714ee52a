package se.markdna.ui.properties;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import se.markdna.domain.register.PropertySummary;
import se.markdna.i18n.Messages;

/**
 * One immutable line of the property table: the summary plus what filtering and sorting need,
 * computed once when the row is made. The search predicate is one {@code contains} on
 * {@link #searchText()}; sorting compares the precomputed keys, never formatted cell values.
 */
public final class PropertyRow {

    private final PropertySummary s;
    private final String searchText;
    private final String designationKey;
    private final String nameKey;
    private final String addressKey;
    private final String districtKey;
    private final String organisationKey;
    private final String phaseKey;
    private final double coverage;
    private final String statusLabel;

    private PropertyRow(PropertySummary s, String statusLabel) {
        this.s = s;
        this.statusLabel = statusLabel;
        this.designationKey = key(s.designation());
        this.nameKey = key(s.name());
        this.addressKey = key(s.streetAddress());
        this.districtKey = key(s.districtName());
        this.organisationKey = key(s.organisationName());
        this.phaseKey = key(s.programmePhase());
        this.coverage = s.coverage().orElse(Double.NaN);
        StringBuilder b = new StringBuilder(160);
        for (String part : new String[] {s.designation(), s.name(), s.streetAddress(), s.postalCode(),
                s.postalCode() == null ? null : s.postalCode().replace(" ", ""), s.postTown(), s.districtName(),
                s.organisationName(), s.organisationNumber(), s.programmePhase(), statusLabel}) {
            if (part != null && !part.isEmpty()) {
                b.append(part).append('\u0001');
            }
        }
        this.searchText = b.toString().toLowerCase(Locale.ROOT);
    }

    public static PropertyRow of(PropertySummary s, Messages messages) {
        return new PropertyRow(s, messages.label(s.status()));
    }

    /**
     * A sort key for Swedish text: lower case, with å, ä, ö after z in that order (the order a
     * Swedish reader expects) and accents folded. Cheap enough to compute for 100,000 rows.
     */
    static String key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= '0' && c <= '9') {
                // numbers in natural order: "Dalby 3:44" before "Dalby 31:7"
                int end = i;
                while (end < lower.length() && lower.charAt(end) >= '0' && lower.charAt(end) <= '9') {
                    end++;
                }
                for (int pad = end - i; pad < 8; pad++) {
                    b.append('0');
                }
                b.append(lower, i, end);
                i = end - 1;
                continue;
            }
            switch (c) {
                case 'å' -> b.append('\uffe1');
                case 'ä', 'æ' -> b.append('\uffe2');
                case 'ö', 'ø' -> b.append('\uffe3');
                case 'é', 'è', 'ê', 'ë' -> b.append('e');
                case 'á', 'à', 'â' -> b.append('a');
                case 'ü' -> b.append('y');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public PropertySummary summary() {
        return s;
    }

    public long id() {
        return s.id();
    }

    public String designation() {
        return s.designation();
    }

    /** The sort key of a text column (null when empty); null for the other columns. */
    String textKey(Column column) {
        return switch (column) {
            case DESIGNATION -> designationKey;
            case NAME -> nameKey;
            case ADDRESS -> addressKey;
            case DISTRICT -> districtKey;
            case ORGANISATION -> organisationKey;
            case PHASE -> phaseKey;
            default -> null;
        };
    }

    public String searchText() {
        return searchText;
    }

    public String statusLabel() {
        return statusLabel;
    }

    /** Kits handed out ÷ dwellings, NaN when there are no dwellings. */
    public double coverage() {
        return coverage;
    }

    private static final Comparator<String> TEXT_ASCENDING = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<String> TEXT_DESCENDING = Comparator.nullsLast(Comparator.reverseOrder());

    /** The sortable columns and how each compares rows (empty values last in both directions). */
    public enum Column {
        DESIGNATION(textKey(r -> r.designationKey)),
        NAME(textKey(r -> r.nameKey)),
        ADDRESS(textKey(r -> r.addressKey)),
        DISTRICT(textKey(r -> r.districtKey)),
        ORGANISATION(textKey(r -> r.organisationKey)),
        DWELLINGS(Comparator.comparingInt(r -> r.s.dwellings())),
        KITS(Comparator.comparingInt(r -> r.s.kitsHandedOut())),
        COVERAGE(Comparator.comparingDouble(r -> r.coverage)),
        SIGNS(Comparator.comparingInt(r -> r.s.signs())),
        STATUS(Comparator.comparingInt(r -> r.s.status() == null ? Integer.MAX_VALUE : r.s.status().ordinal())),
        PHASE(textKey(r -> r.phaseKey)),
        MARKED_ON(Comparator.comparing(r -> r.s.markedOn(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));

        private final Comparator<PropertyRow> ascending;

        Column(Comparator<PropertyRow> ascending) {
            this.ascending = ascending;
        }

        /** Ascending or descending, empty values (and NaN coverage) last either way. */
        public Comparator<PropertyRow> comparator(boolean asc) {
            // one plain comparison per pair for these two: the chained Comparator.comparing of a
            // boxed Boolean cost most of a 100,000-row sort
            if (this == COVERAGE) {
                return (a, b) -> {
                    boolean na = Double.isNaN(a.coverage);
                    boolean nb = Double.isNaN(b.coverage);
                    if (na || nb) {
                        return na == nb ? 0 : na ? 1 : -1;
                    }
                    return asc ? Double.compare(a.coverage, b.coverage) : Double.compare(b.coverage, a.coverage);
                };
            }
            if (this == MARKED_ON) {
                return (a, b) -> {
                    LocalDate da = a.s.markedOn();
                    LocalDate db = b.s.markedOn();
                    if (da == null || db == null) {
                        return da == db ? 0 : da == null ? 1 : -1;
                    }
                    return asc ? da.compareTo(db) : db.compareTo(da);
                };
            }
            return asc ? ascending : ascending.reversed();
        }

        private static Comparator<PropertyRow> textKey(Function<PropertyRow, String> key) {
            // nullsLast is applied per direction: reversed() of a nullsLast comparator would put nulls first
            return new Comparator<>() {
                @Override
                public int compare(PropertyRow a, PropertyRow b) {
                    return TEXT_ASCENDING.compare(key.apply(a), key.apply(b));
                }

                @Override
                public Comparator<PropertyRow> reversed() {
                    return (a, b) -> TEXT_DESCENDING.compare(key.apply(a), key.apply(b));
                }
            };
        }
    }
}

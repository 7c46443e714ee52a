package se.markdna.io.interchange;

import se.markdna.domain.Labelled;

/**
 * One column of the interchange format: its Swedish and English header (the contract users'
 * templates rely on), its type, and the domain field its problems are reported on.
 *
 * @param field     the domain field name validation problems use (e.g. "districtId")
 * @param derived   exported for reading, ignored on import
 * @param personal  personal data: exported only when asked for
 */
public record Column(String key, String swedish, String english, ColumnType type,
        Class<? extends Labelled> enumType, String field, boolean derived, boolean personal) {

    public static Column of(String key, String sv, String en, ColumnType type) {
        return new Column(key, sv, en, type, null, key, false, false);
    }

    public static Column ofEnum(String key, String sv, String en, Class<? extends Labelled> enumType) {
        return new Column(key, sv, en, ColumnType.ENUM, enumType, key, false, false);
    }

    public Column reportedAs(String domainField) {
        return new Column(key, swedish, english, type, enumType, domainField, derived, personal);
    }

    public Column readOnly() {
        return new Column(key, swedish, english, type, enumType, field, true, personal);
    }

    public Column personalData() {
        return new Column(key, swedish, english, type, enumType, field, derived, true);
    }

    public String header(boolean inEnglish) {
        return inEnglish ? english : swedish;
    }
}

package se.markdna.domain.register;

import java.util.List;
import java.util.regex.Pattern;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;

/**
 * A contact person at an organisation. Name, phone and email are personal data: exported only on
 * request and erasable.
 */
public record Contact(
        RecordMeta meta,
        long organisationId,
        String name,
        String role,
        String phone,
        String email,
        String retentionNote) implements Entity {

    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,24}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Override
    public List<Problem> validate() {
        return new Problems()
                .required("name", name)
                .maxLength("name", name, 200)
                .maxLength("role", role, 100)
                .matches("phone", phone, PHONE, "validation.phone")
                .matches("email", email, EMAIL, "validation.email")
                .maxLength("email", email, 254)
                .maxLength("retentionNote", retentionNote, 500)
                .toList();
    }

    public Contact withMeta(RecordMeta newMeta) {
        return new Contact(newMeta, organisationId, name, role, phone, email, retentionNote);
    }
}

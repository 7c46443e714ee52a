package se.markdna.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;

class ContactTest {

    static Contact contact(String name, String phone, String email) {
        return new Contact(RecordMeta.NEW, 1, name, "Förvaltare", phone, email, null);
    }

    @Test
    void aCompleteContactIsValid() {
        assertThat(contact("Anna Andersson", "070-174 06 05", "anna@example.org").validate()).isEmpty();
        assertThat(contact("Anna Andersson", "+46 70 1740605", null).validate()).isEmpty();
        assertThat(contact("Anna Andersson", null, null).validate()).isEmpty();
    }

    @Test
    void nameIsRequired() {
        assertThat(contact(" ", null, null).validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("name", "validation.required"));
    }

    @Test
    void emailMustLookLikeOne() {
        assertThat(contact("A", null, "anna.example.org").validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("email", "validation.email"));
        assertThat(contact("A", null, "anna@example").validate()).extracting(Problem::field)
                .containsExactly("email");
        assertThat(contact("A", null, "an na@example.org").validate()).extracting(Problem::field)
                .containsExactly("email");
    }

    @Test
    void phoneMustLookLikeOne() {
        assertThat(contact("A", "ring mig", null).validate()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("phone", "validation.phone"));
        assertThat(contact("A", "123", null).validate()).extracting(Problem::field).containsExactly("phone");
        assertThat(contact("A", "046-35 50 00", null).validate()).isEmpty();
    }

    @Test
    void everyBadFieldIsReported() {
        assertThat(contact("", "x", "y").validate()).extracting(Problem::field)
                .containsExactlyInAnyOrder("name", "phone", "email");
    }
}

package se.markdna.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;

class PropertyTest {

    static Property property(String postalCode, Double lat, Double lon, int dwellings, int signs, int stickers,
            Long organisationId, Long contactId) {
        return new Property(RecordMeta.NEW, "Lund Klostergården 2:14", "Klostergården norra", "Sunnanväg 12",
                postalCode, "Lund", 1L, organisationId, contactId, lat, lon, BuildingType.BLOCK_OF_FLATS, dwellings,
                signs, stickers, true, "Pilot 2019", PropertyStatus.ACTIVE, null);
    }

    static Property valid() {
        return property("223 63", 55.6905, 13.1790, 120, 4, 120, 1L, 2L);
    }

    @Test
    void aCompletePropertyIsValid() {
        assertThat(valid().validate()).isEmpty();
        assertThat(property(null, null, null, 0, 0, 0, null, null).validate()).isEmpty();
    }

    @Test
    void postalCodeIsWrittenWithASpace() {
        assertThat(property("223 63", null, null, 0, 0, 0, null, null).validate()).isEmpty();
        assertThat(property("22363", null, null, 0, 0, 0, null, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("postalCode", "validation.postalCode"));
        assertThat(property("2236", null, null, 0, 0, 0, null, null).validate()).extracting(Problem::field)
                .containsExactly("postalCode");
        assertThat(property("023 63", null, null, 0, 0, 0, null, null).validate()).extracting(Problem::field)
                .containsExactly("postalCode");
    }

    @Test
    void postalCodeNormalisation() {
        assertThat(PostalCode.normalise("22363")).contains("223 63");
        assertThat(PostalCode.normalise(" 223  63 ")).contains("223 63");
        assertThat(PostalCode.normalise("2236")).isEmpty();
        assertThat(PostalCode.isValid("223 63")).isTrue();
        assertThat(PostalCode.isValid("22363")).isFalse();
    }

    @Test
    void coordinatesInSwedenAndPaired() {
        assertThat(property(null, 13.179, 55.69, 0, 0, 0, null, null).validate()).extracting(Problem::field)
                .containsExactlyInAnyOrder("latitude", "longitude");
        assertThat(property(null, 55.69, null, 0, 0, 0, null, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("longitude", "validation.coordinatePair"));
    }

    @Test
    void countsMayNotBeNegative() {
        assertThat(property(null, null, null, -1, -2, -3, null, null).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(tuple("dwellings", "validation.negative"),
                        tuple("signs", "validation.negative"), tuple("stickers", "validation.negative"));
    }

    @Test
    void aContactNeedsAnOrganisation() {
        assertThat(property(null, null, null, 0, 0, 0, null, 5L).validate())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("contactId", "validation.contactWithoutOrganisation"));
        assertThat(property(null, null, null, 0, 0, 0, 3L, 5L).validate()).isEmpty();
    }

    @Test
    void requiredFields() {
        Property p = new Property(RecordMeta.NEW, null, null, null, null, null, null, null, null, null, null, null, 0,
                0, 0, false, null, null, null);
        assertThat(p.validate()).extracting(Problem::field)
                .containsExactlyInAnyOrder("designation", "districtId", "buildingType", "status");
    }
}

package se.markdna.domain.register;

import se.markdna.domain.Labelled;

/** What kind of organisation manages or owns a marked property. */
public enum OrganisationType implements Labelled {
    MUNICIPAL_HOUSING,
    PRIVATE_LANDLORD,
    HOUSING_COOP,
    STUDENT_HOUSING,
    MUNICIPAL_DEPARTMENT,
    BUSINESS,
    VILLA_GROUP;

    @Override
    public String code() {
        return name();
    }
}

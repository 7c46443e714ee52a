package se.markdna.domain.register;

import java.util.List;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;

/** The managing or owning organisation (förvaltare/ägare) of marked properties. */
public record Organisation(RecordMeta meta, String organisationNumber, String name, OrganisationType type)
        implements Entity {

    @Override
    public List<Problem> validate() {
        Problems p = new Problems()
                .required("organisationNumber", organisationNumber)
                .required("name", name)
                .maxLength("name", name, 200)
                .required("type", type);
        if (organisationNumber != null && !organisationNumber.isBlank()) {
            OrganisationNumber.problem(organisationNumber).ifPresent(key -> p.add("organisationNumber", key));
        }
        return p.toList();
    }

    public Organisation withMeta(RecordMeta newMeta) {
        return new Organisation(newMeta, organisationNumber, name, type);
    }
}

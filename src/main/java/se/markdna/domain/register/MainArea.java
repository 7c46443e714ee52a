package se.markdna.domain.register;

import se.markdna.domain.Labelled;

/** The municipality's main areas that districts belong to. */
public enum MainArea implements Labelled {
    CENTRUM,
    OSTER,
    VASTER,
    NORR,
    SODER,
    BYARNA;

    @Override
    public String code() {
        return name();
    }
}

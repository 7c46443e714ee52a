package se.markdna.io.interchange;

import static se.markdna.io.interchange.Column.of;
import static se.markdna.io.interchange.Column.ofEnum;
import static se.markdna.io.interchange.ColumnType.BOOLEAN;
import static se.markdna.io.interchange.ColumnType.DATE;
import static se.markdna.io.interchange.ColumnType.DECIMAL;
import static se.markdna.io.interchange.ColumnType.INTEGER;
import static se.markdna.io.interchange.ColumnType.PERCENT;
import static se.markdna.io.interchange.ColumnType.TEXT;

import java.util.List;
import java.util.Optional;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.DistrictKind;
import se.markdna.domain.register.MainArea;
import se.markdna.domain.register.OrganisationType;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.sprayer.EventKind;
import se.markdna.domain.sprayer.Placement;
import se.markdna.domain.sprayer.SprayerStatus;
import se.markdna.domain.sprayer.Trigger;

/**
 * The sheets of the interchange format, exactly as DOMAIN.md names them, in the order an import
 * must process them (what a row refers to comes before it).
 */
public enum Sheet {

    DISTRICTS("Områden", "Districts", "districts", List.of(
            of("name", "Område", "District", TEXT),
            ofEnum("mainArea", "Huvudområde", "Main area", MainArea.class),
            ofEnum("kind", "Typ", "Kind", DistrictKind.class),
            of("households", "Hushåll", "Households", INTEGER),
            of("latitude", "Latitud", "Latitude", DECIMAL),
            of("longitude", "Longitud", "Longitude", DECIMAL),
            of("safetyIndex", "Trygghetsindex", "Safety index", DECIMAL),
            of("burglaries12Months", "Inbrott 12 mån", "Burglaries 12 months", INTEGER),
            of("priority", "Prioriterat", "Priority", BOOLEAN),
            of("priorityReason", "Prioriteringsskäl", "Priority reason", TEXT))),

    ORGANISATIONS("Organisationer", "Organisations", "organisations", List.of(
            of("organisationNumber", "Organisationsnummer", "Organisation number", TEXT),
            of("name", "Namn", "Name", TEXT),
            ofEnum("type", "Typ", "Type", OrganisationType.class))),

    CONTACTS("Kontakter", "Contacts", "contacts", List.of(
            of("organisationNumber", "Organisationsnummer", "Organisation number", TEXT).reportedAs("organisationId"),
            of("name", "Namn", "Name", TEXT).personalData(),
            of("role", "Roll", "Role", TEXT),
            of("phone", "Telefon", "Phone", TEXT).personalData(),
            of("email", "E-post", "Email", TEXT).personalData())),

    PROPERTIES("Fastigheter", "Properties", "properties", List.of(
            of("designation", "Fastighetsbeteckning", "Property designation", TEXT),
            of("name", "Namn", "Name", TEXT),
            of("streetAddress", "Gatuadress", "Street address", TEXT),
            of("postalCode", "Postnummer", "Postal code", TEXT),
            of("postTown", "Postort", "Post town", TEXT),
            of("district", "Område", "District", TEXT).reportedAs("districtId"),
            of("organisationNumber", "Organisationsnummer", "Organisation number", TEXT).reportedAs("organisationId"),
            of("contact", "Kontakt", "Contact", TEXT).reportedAs("contactId").personalData(),
            of("latitude", "Latitud", "Latitude", DECIMAL),
            of("longitude", "Longitud", "Longitude", DECIMAL),
            ofEnum("buildingType", "Byggnadstyp", "Building type", BuildingType.class),
            of("dwellings", "Lägenheter", "Dwellings", INTEGER),
            of("signs", "Skyltar", "Signs", INTEGER),
            of("stickers", "Dekaler", "Stickers", INTEGER),
            of("neighbourhoodWatch", "Grannsamverkan", "Neighbourhood watch", BOOLEAN),
            of("programmePhase", "Programfas", "Programme phase", TEXT),
            ofEnum("status", "Status", "Status", PropertyStatus.class),
            of("notes", "Anteckningar", "Notes", TEXT),
            of("kitsHandedOut", "Utdelade kit", "Kits handed out", INTEGER).readOnly(),
            of("coverage", "Täckning", "Coverage", PERCENT).readOnly())),

    KIT_DISTRIBUTIONS("Kitutdelningar", "Kit distributions", "kit_distributions", List.of(
            of("designation", "Fastighetsbeteckning", "Property designation", TEXT).reportedAs("propertyId"),
            of("date", "Datum", "Date", DATE),
            of("supplier", "Leverantör", "Supplier", TEXT),
            of("kitsDelivered", "Levererade kit", "Kits delivered", INTEGER),
            of("kitsHandedOut", "Utdelade kit", "Kits handed out", INTEGER),
            of("kitsRegistered", "Registrerade kit", "Kits registered", INTEGER),
            of("codes", "Koder", "Codes", TEXT),
            of("expires", "Utgår", "Expires", DATE))),

    SPRAYERS("Sprutor", "Sprayers", "sprayers", List.of(
            of("serial", "Serienummer", "Serial number", TEXT),
            of("designation", "Fastighetsbeteckning", "Property designation", TEXT).reportedAs("propertyId"),
            ofEnum("placement", "Placering", "Placement", Placement.class),
            of("location", "Plats", "Location", TEXT),
            of("make", "Fabrikat", "Make", TEXT),
            of("model", "Modell", "Model", TEXT),
            of("solutionCode", "Lösningskod", "Solution code", TEXT),
            ofEnum("trigger", "Utlösning", "Trigger", Trigger.class),
            of("installedOn", "Installerad", "Installed", DATE),
            of("installer", "Installatör", "Installer", TEXT),
            of("cartridgeFilledOn", "Patron fylld", "Cartridge filled", DATE),
            of("serviceIntervalMonths", "Serviceintervall mån", "Service interval months", INTEGER),
            of("lastServiceOn", "Senaste service", "Last service", DATE),
            of("warningSign", "Varningsskylt", "Warning sign", BOOLEAN),
            ofEnum("status", "Status", "Status", SprayerStatus.class),
            of("notes", "Anteckningar", "Notes", TEXT),
            of("nextService", "Nästa service", "Next service", DATE).readOnly(),
            of("cartridgeExpires", "Patron utgår", "Cartridge expires", DATE).readOnly())),

    SPRAYER_EVENTS("Spruthändelser", "Sprayer events", "sprayer_events", List.of(
            of("serial", "Serienummer", "Serial number", TEXT).reportedAs("sprayerId"),
            of("date", "Datum", "Date", DATE),
            ofEnum("kind", "Händelse", "Event", EventKind.class),
            of("policeCaseNumber", "Polisens diarienummer", "Police case number", TEXT),
            of("cost", "Kostnad", "Cost", DECIMAL),
            of("note", "Anteckning", "Note", TEXT))),

    ROLLOUT_SITES("Planerade platser", "Rollout sites", "rollout_sites", List.of(
            of("name", "Namn", "Name", TEXT),
            of("district", "Område", "District", TEXT).reportedAs("districtId"),
            of("address", "Adress", "Address", TEXT),
            of("latitude", "Latitud", "Latitude", DECIMAL),
            of("longitude", "Longitud", "Longitude", DECIMAL),
            ofEnum("siteType", "Platstyp", "Site type", BuildingType.class),
            of("dwellings", "Lägenheter", "Dwellings", INTEGER),
            of("organisationNumber", "Organisationsnummer", "Organisation number", TEXT).reportedAs("organisationId"),
            of("reason", "Skäl", "Reason", TEXT),
            of("burglaries12Months", "Inbrott 12 mån", "Burglaries 12 months", INTEGER),
            of("plannedKits", "Planerade kit", "Planned kits", INTEGER),
            of("plannedSprayers", "Planerade sprutor", "Planned sprayers", INTEGER),
            of("plannedSigns", "Planerade skyltar", "Planned signs", INTEGER),
            of("plannedQuarter", "Kvartal", "Planned quarter", TEXT),
            ofEnum("status", "Status", "Status", SiteStatus.class),
            of("responsible", "Ansvarig", "Responsible", TEXT),
            of("notes", "Anteckningar", "Notes", TEXT),
            of("estimatedCost", "Kostnad", "Estimated cost", INTEGER).readOnly(),
            of("priorityScore", "Prioritet", "Priority score", DECIMAL).readOnly()));

    private final String swedishName;
    private final String englishName;
    private final String fileStem;
    private final List<Column> columns;

    Sheet(String swedishName, String englishName, String fileStem, List<Column> columns) {
        this.swedishName = swedishName;
        this.englishName = englishName;
        this.fileStem = fileStem;
        this.columns = columns;
    }

    public String swedishName() {
        return swedishName;
    }

    public String englishName() {
        return englishName;
    }

    public String name(boolean inEnglish) {
        return inEnglish ? englishName : swedishName;
    }

    /** The CSV file name without extension, e.g. "properties". */
    public String fileStem() {
        return fileStem;
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name() + " has no column " + key));
    }

    public Optional<Column> columnForField(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** Matches a sheet name or file stem in either language, case and spacing ignored. */
    public static Optional<Sheet> byName(String name) {
        String n = Headers.normalise(name);
        for (Sheet s : values()) {
            if (Headers.normalise(s.swedishName).equals(n) || Headers.normalise(s.englishName).equals(n)
                    || Headers.normalise(s.fileStem).equals(n)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

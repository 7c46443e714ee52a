package se.markdna.io.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.markdna.domain.register.OrganisationNumber;
import se.markdna.io.csv.CsvReader;
import se.markdna.io.csv.CsvRow;
import se.markdna.io.csv.CsvTable;
import se.markdna.io.csv.CsvWriter;
import se.markdna.io.interchange.Column;
import se.markdna.io.interchange.Sheet;

/**
 * Writes a large, valid, deterministic register in the interchange format (one CSV per sheet,
 * Swedish headers), for benchmarks and load tests. The same seed gives the same files; dates are
 * relative to a fixed day so the output does not depend on when it is generated.
 */
public final class RegisterGenerator {

    public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 25);

    private static final String[] STREETS = {"Sunnanväg", "Klostergårdsvägen", "Fäladstorget", "Magistratsvägen",
        "Vegagatan", "Möllevångsvägen", "Norra Fäladen", "Kämnärsvägen", "Stora Södergatan", "Bankgatan",
        "Revingevägen", "Dalbyvägen", "Romelevägen", "Genarpsvägen", "Stångbyvägen", "Tornavägen", "Linerovägen"};
    private static final String[] BUILDING = {"Flerbostadshus", "Radhus", "Villaområde", "Butik/verksamhet",
        "Kommunal byggnad", "Station"};
    private static final String[] PLACEMENT = {"Entré", "Källare", "Förråd", "Butiksutgång", "Cykelrum", "Annan"};
    private static final String[] TRIGGER = {"Larmknapp", "Rörelsedetektor", "Dörrkontakt"};
    private static final String[] PROPERTY_STATUS = {"Aktiv", "Aktiv", "Aktiv", "Planerad", "Förnyelse behövs"};
    private static final String[] SITE_STATUS = {"Föreslagen", "Föreslagen", "Under utredning", "Godkänd"};
    private static final String[] ORG_TYPE = {"Kommunalt bostadsbolag", "Privat hyresvärd", "Bostadsrättsförening",
        "Företag"};

    private final Random random;
    private final Path out;

    public RegisterGenerator(Path out, long seed) {
        this.out = out;
        this.random = new Random(seed);
    }

    /** Counts written per sheet. */
    public record Result(int districts, int organisations, int properties, int sprayers, int events, int sites) {
    }

    public Result generate(int properties, int sprayers, int sites) throws IOException {
        Files.createDirectories(out);
        List<String[]> districts = districts();
        List<String> orgNumbers = organisations(Math.max(5, properties / 200));
        List<String> designations = properties(properties, districts, orgNumbers);
        int events = sprayers(sprayers, designations);
        sites(sites, districts);
        return new Result(districts.size(), orgNumbers.size(), properties, sprayers, events, sites);
    }

    /** The Lund districts from the bundled sample data, so references match real names. */
    private List<String[]> districts() throws IOException {
        CsvTable table;
        try (InputStream in = getClass().getResourceAsStream("/se/markdna/sample-data/districts.csv")) {
            if (in == null) {
                throw new IOException("the bundled districts are missing");
            }
            table = CsvReader.read(in, "districts.csv");
        }
        List<String[]> rows = new ArrayList<>();
        try (CsvWriter w = writer(Sheet.DISTRICTS)) {
            for (CsvRow r : table.rows()) {
                w.writeRow(r.values());
                rows.add(r.values().toArray(String[]::new));
            }
        }
        return rows;
    }

    private List<String> organisations(int count) throws IOException {
        List<String> numbers = new ArrayList<>();
        try (CsvWriter w = writer(Sheet.ORGANISATIONS); CsvWriter contacts = writer(Sheet.CONTACTS)) {
            for (int i = 0; i < count; i++) {
                String payload = String.format("556%06d", 100_000 + i);
                String number = payload.substring(0, 6) + "-" + payload.substring(6)
                        + OrganisationNumber.checkDigit(payload);
                numbers.add(number);
                w.writeRow(number, "Fastighetsbolag " + (i + 1) + " AB", ORG_TYPE[i % ORG_TYPE.length]);
                // fictional people; phone numbers from the range PTS reserves for fiction
                contacts.writeRow(number, "Förvaltare " + (i + 1), "Förvaltare",
                        String.format("070-174 06 %02d", 5 + i % 95), "forvaltare" + (i + 1) + "@example.org");
            }
        }
        return numbers;
    }

    private List<String> properties(int count, List<String[]> districts, List<String> orgs) throws IOException {
        List<String> designations = new ArrayList<>(count);
        try (CsvWriter w = writer(Sheet.PROPERTIES)) {
            for (int i = 0; i < count; i++) {
                String[] d = districts.get(random.nextInt(districts.size()));
                String district = d[0];
                double lat = Double.parseDouble(d[4]) + (random.nextDouble() - 0.5) * 0.02;
                double lon = Double.parseDouble(d[5]) + (random.nextDouble() - 0.5) * 0.03;
                String designation = "Lund " + district + " " + (i / 50 + 1) + ":" + (i % 50 + 1) + "-" + i;
                designations.add(designation);
                String street = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120));
                String type = BUILDING[random.nextInt(BUILDING.length)];
                int dwellings = type.equals("Butik/verksamhet") || type.equals("Station") ? random.nextInt(3)
                        : 10 + random.nextInt(240);
                w.writeValues(designation, "Objekt " + (i + 1), street, "22" + (1 + random.nextInt(8)) + " "
                        + (10 + random.nextInt(89)), "Lund", district, orgs.get(random.nextInt(orgs.size())), "",
                        round(lat, 5), round(lon, 5), type, dwellings, random.nextInt(6), random.nextInt(200),
                        random.nextBoolean() ? "Ja" : "Nej", "Utökning " + (2019 + random.nextInt(8)),
                        PROPERTY_STATUS[random.nextInt(PROPERTY_STATUS.length)], "");
            }
        }
        try (CsvWriter w = writer(Sheet.KIT_DISTRIBUTIONS)) {
            for (int i = 0; i < count; i += 2) {
                LocalDate date = REFERENCE_DAY.minusDays(30 + random.nextInt(2500));
                int delivered = 10 + random.nextInt(80);
                int handedOut = random.nextInt(delivered + 1);
                w.writeValues(designations.get(i), date, "SelectaDNA", delivered, handedOut, handedOut / 2,
                        "LU-" + date.getYear() + "-" + i, date.plusMonths(12));
            }
        }
        return designations;
    }

    private int sprayers(int count, List<String> designations) throws IOException {
        int events = 0;
        try (CsvWriter sw = writer(Sheet.SPRAYERS); CsvWriter ew = writer(Sheet.SPRAYER_EVENTS)) {
            for (int i = 0; i < count; i++) {
                String serial = String.format("GS-%07d", i);
                LocalDate installed = REFERENCE_DAY.minusDays(200 + random.nextInt(1800));
                int interval = random.nextInt(10) < 8 ? 12 : 6;
                LocalDate last = installed;
                List<Object[]> history = new ArrayList<>();
                history.add(new Object[] {serial, installed, "Installerad", "", 8000 + random.nextInt(17000), ""});
                LocalDate next = installed.plusMonths(interval);
                int services = 0;
                while (next.isBefore(REFERENCE_DAY.minusDays(20)) && services < 3) {
                    LocalDate serviced = next.plusDays(random.nextInt(20));
                    if (serviced.isAfter(REFERENCE_DAY)) {
                        break;
                    }
                    history.add(new Object[] {serial, serviced, "Service", "", 1000 + random.nextInt(2000), ""});
                    last = serviced;
                    next = serviced.plusMonths(interval);
                    services++;
                }
                LocalDate filled = installed;
                if (random.nextInt(10) == 0) {
                    LocalDate activated = last.plusDays(1 + random.nextInt(20));
                    if (!activated.isAfter(REFERENCE_DAY)) {
                        history.add(new Object[] {serial, activated, "Utlöst",
                            String.format("5000-K%06d-%02d", random.nextInt(1_000_000), activated.getYear() % 100),
                            "", ""});
                        if (random.nextBoolean() && !activated.plusDays(3).isAfter(REFERENCE_DAY)) {
                            filled = activated.plusDays(3);
                            history.add(new Object[] {serial, filled, "Påfylld", "", 2500, ""});
                        }
                    }
                }
                while (history.size() < 5) {
                    LocalDate inspected = installed.plusDays(1 + history.size() * 3L);
                    history.add(new Object[] {serial, inspected, "Inspektion", "", 0, ""});
                }
                sw.writeValues(serial, designations.get(random.nextInt(designations.size())),
                        PLACEMENT[random.nextInt(PLACEMENT.length)], "Port " + (1 + random.nextInt(30)) + " UH",
                        "SelectaDNA", "Intruder Spray MK2", String.format("SDN-GEN-%07d", i),
                        TRIGGER[random.nextInt(TRIGGER.length)], installed, "Lunds Larmteknik AB", filled, interval,
                        last.equals(installed) ? "" : last, random.nextBoolean() ? "Ja" : "Nej", "Aktiv", "");
                for (Object[] e : history) {
                    ew.writeValues(e);
                    events++;
                }
            }
        }
        return events;
    }

    private void sites(int count, List<String[]> districts) throws IOException {
        try (CsvWriter w = writer(Sheet.ROLLOUT_SITES)) {
            for (int i = 0; i < count; i++) {
                String[] d = districts.get(random.nextInt(districts.size()));
                w.writeValues("Kandidat " + (i + 1), d[0], STREETS[random.nextInt(STREETS.length)] + " "
                        + (1 + random.nextInt(80)), round(Double.parseDouble(d[4]), 4),
                        round(Double.parseDouble(d[5]), 4), BUILDING[random.nextInt(3)], 20 + random.nextInt(300), "",
                        "Inbrott i området", random.nextInt(40), 10 + random.nextInt(150), random.nextInt(4),
                        random.nextInt(12), (2027 + random.nextInt(2)) + "-Q" + (1 + random.nextInt(4)),
                        SITE_STATUS[random.nextInt(SITE_STATUS.length)], "Trygghetssamordnare", "");
            }
        }
    }

    private CsvWriter writer(Sheet sheet) throws IOException {
        CsvWriter w = CsvWriter.open(out.resolve(sheet.fileStem() + ".csv"));
        List<String> headers = new ArrayList<>();
        for (Column c : sheet.columns()) {
            if (!c.derived()) {
                headers.add(c.swedish());
            }
        }
        w.writeRow(headers);
        return w;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}

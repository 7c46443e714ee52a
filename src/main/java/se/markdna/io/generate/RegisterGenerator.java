package se.markdna.io.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Columns of the bundled districts.csv (DOMAIN.md): Hushåll, Inbrott 12 mån. */
    private static final int HOUSEHOLDS = 3;
    private static final int BURGLARIES = 7;

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
        Map<String, Long> dwellings = new HashMap<>();
        List<String> designations = properties(properties, districts, orgNumbers, dwellings);
        writeDistricts(districts, dwellings);
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
        for (CsvRow r : table.rows()) {
            rows.add(r.values().toArray(String[]::new));
        }
        return rows;
    }

    /**
     * Writes the districts, each scaled up to the dwellings generated in it where those are more
     * than its real households (a register of 100,000 properties holds far more homes than Lund's
     * districts), burglaries by the same factor so that the rate per 1,000 households stays Lund's.
     * Unscaled, coverage came out at 2,500 % of the households.
     */
    private void writeDistricts(List<String[]> districts, Map<String, Long> dwellings) throws IOException {
        try (CsvWriter w = writer(Sheet.DISTRICTS)) {
            for (String[] d : districts) {
                String[] row = d.clone();
                long households = Long.parseLong(row[HOUSEHOLDS]);
                long homes = dwellings.getOrDefault(row[0], 0L);
                if (homes > households && households > 0) {
                    double factor = (double) homes / households;
                    row[HOUSEHOLDS] = String.valueOf(homes);
                    row[BURGLARIES] = String.valueOf(Math.round(Long.parseLong(row[BURGLARIES]) * factor));
                }
                w.writeRow(List.of(row));
            }
        }
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

    private List<String> properties(int count, List<String[]> districts, List<String> orgs,
            Map<String, Long> dwellingsByDistrict) throws IOException {
        List<String> designations = new ArrayList<>(count);
        Blocks blocks = new Blocks(random);
        try (CsvWriter w = writer(Sheet.PROPERTIES)) {
            for (int i = 0; i < count; i++) {
                String[] d = districts.get(random.nextInt(districts.size()));
                String district = d[0];
                double lat = Double.parseDouble(d[4]) + (random.nextDouble() - 0.5) * 0.02;
                double lon = Double.parseDouble(d[5]) + (random.nextDouble() - 0.5) * 0.03;
                String designation = "Lund " + district + " " + blocks.next(district);
                designations.add(designation);
                String street = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120));
                String type = BUILDING[random.nextInt(BUILDING.length)];
                int dwellings = type.equals("Butik/verksamhet") || type.equals("Station") ? random.nextInt(3)
                        : 10 + random.nextInt(240);
                dwellingsByDistrict.merge(district, (long) dwellings, Long::sum);
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

    /**
     * Sprayers with a service history that follows the schedule up to {@link #REFERENCE_DAY}, as
     * an installer working from the Service due list keeps it: each service within the warning
     * horizon (30 days) before its due date, a new cartridge whenever the current one would run
     * out of in-service life (24 months) before the next visit. A few sprayers fall out of that
     * routine, so the list at the reference day looks like a real one (about a tenth of the
     * register, not three quarters): about 5 % no longer serviced (overdue), about 3 % serviced
     * but never refilled (cartridge expired after two years), about 6 % activated, of which
     * about 40 % wait for their refill (triggered).
     */
    private int sprayers(int count, List<String> designations) throws IOException {
        int events = 0;
        try (CsvWriter sw = writer(Sheet.SPRAYERS); CsvWriter ew = writer(Sheet.SPRAYER_EVENTS)) {
            for (int i = 0; i < count; i++) {
                String serial = String.format("GS-%07d", i);
                LocalDate installed = REFERENCE_DAY.minusDays(150 + random.nextInt(1550));
                // DOMAIN.md: service every 12 months; some sites (shop exits) are seen twice a year
                int interval = random.nextInt(20) == 0 ? 6 : 12;
                int routine = random.nextInt(100);
                boolean neglected = routine < 5;
                boolean neverRefilled = routine >= 5 && routine < 8;
                // a neglected sprayer's services stop early enough that its next one is already past
                LocalDate lastPossible = neglected
                        ? REFERENCE_DAY.minusMonths(interval).minusDays(1 + random.nextInt(300)) : REFERENCE_DAY;
                List<Object[]> history = new ArrayList<>();
                history.add(new Object[] {serial, installed, "Installerad", "", 8000 + random.nextInt(17000), ""});
                LocalDate last = installed;
                LocalDate inServiceSince = installed;
                LocalDate next = installed.plusMonths(interval);
                while (true) {
                    LocalDate serviced = next.minusDays(random.nextInt(31));
                    if (serviced.isAfter(lastPossible)) {
                        break;
                    }
                    history.add(new Object[] {serial, serviced, "Service", "", 1000 + random.nextInt(2000), ""});
                    next = serviced.plusMonths(interval);
                    if (!neverRefilled && inServiceSince.plusMonths(24).isBefore(next)) {
                        history.add(new Object[] {serial, serviced, "Påfylld", "", 1500 + random.nextInt(1000), ""});
                        inServiceSince = serviced;
                    }
                    last = serviced;
                }
                if (random.nextInt(100) < 6) {
                    LocalDate activated = installed.plusDays(1 + random.nextInt(
                            (int) (REFERENCE_DAY.toEpochDay() - installed.toEpochDay())));
                    history.add(new Object[] {serial, activated, "Utlöst",
                        String.format("5000-K%06d-%02d", random.nextInt(1_000_000), activated.getYear() % 100),
                        "", ""});
                    // most are refilled within the week; the rest are on the list as triggered
                    LocalDate refill = activated.plusDays(1 + random.nextInt(7));
                    if (random.nextInt(10) < 6 && !refill.isAfter(REFERENCE_DAY) && !hasRefill(history, refill)) {
                        history.add(new Object[] {serial, refill, "Påfylld", "", 2500, ""});
                        if (refill.isAfter(inServiceSince)) {
                            inServiceSince = refill;
                        }
                    }
                }
                // a first inspection or two after the installation, so the history has about five
                // events (an event's key is serial + date + kind: these never clash with the others)
                for (int k = 1; history.size() < 4; k++) {
                    history.add(new Object[] {serial, installed.plusDays(k * 3L), "Inspektion", "", 0, ""});
                }
                sw.writeValues(serial, designations.get(random.nextInt(designations.size())),
                        PLACEMENT[random.nextInt(PLACEMENT.length)], "Port " + (1 + random.nextInt(30)) + " UH",
                        "SelectaDNA", "Intruder Spray MK2", String.format("SDN-GEN-%07d", i),
                        TRIGGER[random.nextInt(TRIGGER.length)], installed, "Lunds Larmteknik AB", inServiceSince,
                        interval, last.equals(installed) ? "" : last, random.nextBoolean() ? "Ja" : "Nej", "Aktiv", "");
                for (Object[] e : history) {
                    ew.writeValues(e);
                    events++;
                }
            }
        }
        return events;
    }

    /**
     * Property designations as the land registry writes them, "Lund Klostergården 12:4": within
     * each district, blocks numbered from 1, each block split into a few to a few dozen units.
     * Every designation is new because a district's counter only moves forward.
     */
    private static final class Blocks {
        private final Random random;
        private final java.util.Map<String, int[]> byDistrict = new java.util.HashMap<>();

        Blocks(Random random) {
            this.random = random;
        }

        /** The next "block:unit" of the district. */
        String next(String district) {
            // {block, last unit used, units in this block}
            int[] b = byDistrict.computeIfAbsent(district, d -> new int[] {1, 0, blockSize()});
            if (b[1] == b[2]) {
                b[0]++;
                b[1] = 0;
                b[2] = blockSize();
            }
            b[1]++;
            return b[0] + ":" + b[1];
        }

        private int blockSize() {
            return 2 + random.nextInt(29);
        }
    }

    /** An event's key is serial + date + kind: a second refill on the same day would be the same row. */
    private static boolean hasRefill(List<Object[]> history, LocalDate day) {
        for (Object[] e : history) {
            if (day.equals(e[1]) && "Påfylld".equals(e[2])) {
                return true;
            }
        }
        return false;
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

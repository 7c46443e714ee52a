package se.markdna.service;

import java.nio.file.Path;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.register.Organisation;
import se.markdna.domain.register.OrganisationType;
import se.markdna.persistence.DatabaseException;

/**
 * A child process for {@link BackupServiceTest}: saves organisations one transaction each (the
 * record and its audit entry together) until it has written N, so that a backup taken meanwhile
 * can be checked for a half-written transaction.
 */
public final class BackupWriterWorker {

    private BackupWriterWorker() {
    }

    public static void main(String[] args) {
        AppServices services = AppServices.openWithoutBackup(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        System.out.println("started");
        System.out.flush();
        for (int i = 0; i < n; i++) {
            String number = withCheckDigit(String.format("556%06d", i));
            while (true) {
                try {
                    services.register().saveOrganisation(new Organisation(RecordMeta.NEW,
                            number.substring(0, 6) + "-" + number.substring(6), "Skrivbolaget " + i + " AB",
                            OrganisationType.BUSINESS));
                    break;
                } catch (DatabaseException e) {
                    if (e.reason() != DatabaseException.Reason.LOCKED) {
                        throw e;
                    }
                }
            }
        }
        System.out.println("done " + n);
    }

    /** The Luhn check digit of a Swedish organisation number's first nine digits. */
    static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return nine + (10 - sum % 10) % 10;
    }
}

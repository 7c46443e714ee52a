package se.markdna.reliability;

import java.nio.file.Path;
import se.markdna.domain.EditConflictException;
import se.markdna.domain.register.Property;
import se.markdna.persistence.DatabaseException;
import se.markdna.service.AppServices;

/**
 * A child process for {@link ConcurrentEditTest}: increments one property's sign count N times
 * by read-modify-write, retrying on edit conflicts, and prints how many conflicts and busy
 * errors it met.
 */
public final class ConcurrentEditWorker {

    private ConcurrentEditWorker() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        long propertyId = Long.parseLong(args[1]);
        int edits = Integer.parseInt(args[2]);
        AppServices services = AppServices.openWithoutBackup(db);
        int conflicts = 0;
        int busy = 0;
        for (int i = 0; i < edits; i++) {
            while (true) {
                Property changed = withOneMoreSign(services.register().property(propertyId).orElseThrow());
                try {
                    services.register().saveProperty(changed);
                    break;
                } catch (EditConflictException e) {
                    conflicts++;
                } catch (DatabaseException e) {
                    if (e.reason() == DatabaseException.Reason.LOCKED) {
                        busy++;
                    } else {
                        throw e;
                    }
                }
            }
        }
        System.out.println("conflicts=" + conflicts + " busy=" + busy);
    }

    /** The read-modify-write edit both concurrency tests race with: one more warning sign. */
    static Property withOneMoreSign(Property p) {
        return new Property(p.meta(), p.designation(), p.name(), p.streetAddress(), p.postalCode(), p.postTown(),
                p.districtId(), p.organisationId(), p.contactId(), p.latitude(), p.longitude(), p.buildingType(),
                p.dwellings(), p.signs() + 1, p.stickers(), p.neighbourhoodWatch(), p.programmePhase(), p.status(),
                p.notes());
    }
}

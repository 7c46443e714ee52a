package se.markdna.domain.register;

import java.time.LocalDate;
import java.util.List;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;

/** One delivery of DNA-marking kits to a property and how many reached households. */
public record KitDistribution(
        RecordMeta meta,
        long propertyId,
        LocalDate date,
        String supplier,
        int kitsDelivered,
        int kitsHandedOut,
        Integer kitsRegistered,
        String codes,
        LocalDate expires) implements Entity {

    /** An unopened kit keeps about twelve months (DOMAIN.md); the default expiry of a delivery. */
    public static LocalDate defaultExpiry(LocalDate deliveryDate, int kitShelfLifeMonths) {
        return deliveryDate == null ? null : deliveryDate.plusMonths(kitShelfLifeMonths);
    }

    @Override
    public List<Problem> validate() {
        Problems p = new Problems()
                .required("date", date)
                .required("supplier", supplier)
                .maxLength("supplier", supplier, 200)
                .nonNegative("kitsDelivered", kitsDelivered)
                .nonNegative("kitsHandedOut", kitsHandedOut)
                .nonNegative("kitsRegistered", kitsRegistered)
                .maxLength("codes", codes, 4000);
        if (kitsHandedOut > kitsDelivered) {
            p.add("kitsHandedOut", "validation.handedOutExceedsDelivered", kitsDelivered);
        }
        if (kitsRegistered != null && kitsRegistered > kitsHandedOut) {
            p.add("kitsRegistered", "validation.registeredExceedsHandedOut", kitsHandedOut);
        }
        if (date != null && expires != null && expires.isBefore(date)) {
            p.add("expires", "validation.expiresBeforeDate");
        }
        return p.toList();
    }

    public KitDistribution withMeta(RecordMeta newMeta) {
        return new KitDistribution(newMeta, propertyId, date, supplier, kitsDelivered, kitsHandedOut,
                kitsRegistered, codes, expires);
    }
}

package se.markdna.domain.sprayer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.markdna.domain.Entity;
import se.markdna.domain.Problem;
import se.markdna.domain.Problems;
import se.markdna.domain.RecordMeta;

/** Something that happened to a sprayer: installed, serviced, activated, refilled… */
public record SprayerEvent(
        RecordMeta meta,
        long sprayerId,
        LocalDate date,
        EventKind kind,
        String policeCaseNumber,
        BigDecimal cost,
        String note) implements Entity {

    public List<Problem> validate(LocalDate today) {
        Problems p = new Problems()
                .required("date", date)
                .required("kind", kind)
                .notAfter("date", date, today, "validation.dateInFuture")
                .nonNegative("cost", cost)
                .maxLength("note", note, 2000);
        if (policeCaseNumber != null && !policeCaseNumber.isBlank()) {
            if (!PoliceCaseNumber.isValid(policeCaseNumber)) {
                p.add("policeCaseNumber", "validation.policeCaseNumber");
            } else if (kind != null && kind != EventKind.ACTIVATED) {
                p.add("policeCaseNumber", "validation.policeCaseNumberOnlyForActivation");
            }
        }
        if (kind == EventKind.MOVED && (note == null || note.isBlank())) {
            p.add("note", "validation.movedNeedsLocation");
        }
        return p.toList();
    }

    @Override
    public List<Problem> validate() {
        return validate(LocalDate.now());
    }

    public SprayerEvent withMeta(RecordMeta newMeta) {
        return new SprayerEvent(newMeta, sprayerId, date, kind, policeCaseNumber, cost, note);
    }
}

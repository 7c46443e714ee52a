package se.markdna.domain.sprayer;

import java.time.LocalDate;

/** The figures derived from a sprayer and its events, stored beside it for indexed due lists. */
public record SprayerFigures(LocalDate nextService, LocalDate cartridgeExpires, LocalDate lastRefill,
        boolean triggered) {
}

package se.markdna.domain.planning;

/** Kits handed out in one quarter ("2024-Q3"). */
public record QuarterKits(String quarter, long kits) {
}

package se.markdna.domain.planning;

/** A candidate site with its cost estimate and priority score, as the ranking shows it. */
public record RankedSite(RolloutSite site, String districtName, CostEstimate cost, PriorityScore score) {
}

package se.markdna.domain.planning;

/**
 * What the priority score of one candidate is computed from: the site's own figures and its
 * district's.
 */
public record PriorityInput(
        int siteBurglaries12Months,
        int siteDwellings,
        int districtBurglaries12Months,
        int districtHouseholds,
        double districtCoverage,
        Double districtSafetyIndex,
        boolean districtPriority) {

    /**
     * Burglaries per 1,000 households at the site; a site without dwellings (a shop, a station)
     * takes its district's rate so that it is not ranked as if nothing happened there.
     */
    public double burglaryRate() {
        if (siteDwellings > 0) {
            return siteBurglaries12Months * 1000.0 / siteDwellings;
        }
        if (districtHouseholds > 0) {
            return districtBurglaries12Months * 1000.0 / districtHouseholds;
        }
        return 0;
    }
}

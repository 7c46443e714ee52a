package se.markdna.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.markdna.domain.Problem;
import se.markdna.domain.RecordMeta;
import se.markdna.domain.planning.BudgetPlanner;
import se.markdna.domain.planning.CostEstimate;
import se.markdna.domain.planning.DistrictCoverage;
import se.markdna.domain.planning.PriorityInput;
import se.markdna.domain.planning.PriorityScore;
import se.markdna.domain.planning.RankedSite;
import se.markdna.domain.planning.RolloutSite;
import se.markdna.domain.planning.SiteStatus;
import se.markdna.domain.register.BuildingType;
import se.markdna.domain.register.Property;
import se.markdna.domain.register.PropertyStatus;
import se.markdna.domain.settings.ScoreWeights;
import se.markdna.domain.settings.Settings;
import se.markdna.persistence.Database;
import se.markdna.persistence.PlanningQueries;
import se.markdna.persistence.Repositories;

/**
 * Rollout planning: candidates ranked by an explainable score, the budget plan, the status
 * workflow, and district coverage.
 */
public final class PlanningService {

    private final Database db;
    private final Repositories repos;
    private final SettingsService settings;
    private final PlanningQueries queries = new PlanningQueries();

    public PlanningService(Database db, Repositories repos, SettingsService settings) {
        this.db = db;
        this.repos = repos;
        this.settings = settings;
    }

    public List<DistrictCoverage> coverage() {
        return db.read(queries::districtCoverage);
    }

    /** Kits handed out per quarter, oldest first (the overview's chart). */
    public List<se.markdna.domain.planning.QuarterKits> kitsPerQuarter() {
        return db.read(queries::kitsPerQuarter);
    }

    /**
     * Validates and inserts or updates a site in one transaction. A site's status only changes
     * through {@link #move}; a site name is unique within its district.
     */
    public RolloutSite saveSite(RolloutSite site) {
        ValidationException.throwIfAny(site.validate());
        return RegisterService.uniqueAs("name", () -> db.write(c -> {
            repos.rolloutSites.findByKey(c, site.name(), site.districtId())
                    .filter(other -> !other.meta().id().equals(site.meta().id()))
                    .ifPresent(other -> {
                        throw new ValidationException(List.of(Problem.of("name", "validation.unique")));
                    });
            return site.meta().isNew() ? repos.rolloutSites.insert(c, site) : repos.rolloutSites.update(c, site);
        }));
    }

    /** Deletes a site (refused as an edit conflict if someone saved it since it was read). */
    public void deleteSite(RolloutSite site) {
        db.write(c -> {
            repos.rolloutSites.delete(c, site.meta().id(), site.meta().version());
            return null;
        });
    }

    public List<RolloutSite> sites() {
        return db.read(repos.rolloutSites::findAll);
    }

    /** Every candidate with cost and score under the given weights (null: the settings' weights), best first. */
    public List<RankedSite> ranking(ScoreWeights weightsOrNull) {
        Settings s = settings.current();
        ScoreWeights weights = weightsOrNull == null ? s.weights() : weightsOrNull;
        return db.read(c -> rank(c, s, weights));
    }

    private List<RankedSite> rank(Connection c, Settings s, ScoreWeights weights) throws SQLException {
        Map<Long, DistrictCoverage> districts = new HashMap<>();
        for (DistrictCoverage d : queries.districtCoverage(c)) {
            districts.put(d.districtId(), d);
        }
        List<RolloutSite> sites = repos.rolloutSites.findAll(c);
        List<PriorityInput> inputs = new ArrayList<>(sites.size());
        for (RolloutSite site : sites) {
            DistrictCoverage d = districts.get(site.districtId());
            inputs.add(new PriorityInput(site.burglaries12Months(), site.dwellings(),
                    d == null ? 0 : d.burglaries12Months(), d == null ? 0 : d.households(),
                    d == null ? 0 : d.coverageOrZero(), d == null ? null : d.safetyIndex(), d != null && d.priority()));
        }
        List<PriorityScore> scores = PriorityScore.rank(inputs, weights);
        List<RankedSite> ranked = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            RolloutSite site = sites.get(i);
            DistrictCoverage d = districts.get(site.districtId());
            ranked.add(new RankedSite(site, d == null ? "" : d.name(), CostEstimate.of(site, s), scores.get(i)));
        }
        ranked.sort((a, b) -> Double.compare(b.score().score(), a.score().score()));
        return ranked;
    }

    /** The budget plan over plannable sites (proposed, under review, approved). */
    public BudgetPlanner.Plan plan(long budget, ScoreWeights weightsOrNull, Set<Long> pinnedIn, Set<Long> pinnedOut) {
        List<BudgetPlanner.Candidate> candidates = new ArrayList<>();
        for (RankedSite r : ranking(weightsOrNull)) {
            if (r.site().status().isPlannable()) {
                candidates.add(new BudgetPlanner.Candidate(r.site().id(), r.cost().total(), r.score().score()));
            }
        }
        return BudgetPlanner.plan(candidates, budget, pinnedIn, pinnedOut);
    }

    /** Approves every chosen site that is not approved yet, in one transaction. */
    public int approve(List<Long> siteIds) {
        return db.write(c -> {
            int n = 0;
            for (long id : siteIds) {
                RolloutSite s = repos.rolloutSites.find(c, id).orElseThrow();
                if (s.status() == SiteStatus.APPROVED) {
                    continue;
                }
                if (s.status() == SiteStatus.PROPOSED) {
                    s = repos.rolloutSites.update(c, s.withStatus(SiteStatus.UNDER_REVIEW, null, s.propertyId()));
                }
                requireAllowed(s, SiteStatus.APPROVED);
                repos.rolloutSites.update(c, s.withStatus(SiteStatus.APPROVED, null, s.propertyId()));
                n++;
            }
            return n;
        });
    }

    /**
     * Moves a site to another status if the workflow allows it. Rejecting needs a reason. Done
     * creates the property, prefilled from the site, and links the site to it; the property is
     * returned so the caller can open it for completion.
     */
    public Transition move(RolloutSite site, SiteStatus target, String reason) {
        requireAllowed(site, target);
        if (target == SiteStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new ValidationException(List.of(Problem.of("statusReason", "validation.rejectionReasonRequired")));
        }
        return db.write(c -> {
            if (target != SiteStatus.DONE) {
                RolloutSite saved = repos.rolloutSites.update(c,
                        site.withStatus(target, target == SiteStatus.REJECTED ? reason : null, site.propertyId()));
                return new Transition(saved, null);
            }
            Property property = repos.properties.insert(c, propertyFrom(c, site));
            RolloutSite saved = repos.rolloutSites.update(c, site.withStatus(SiteStatus.DONE, null, property.id()));
            return new Transition(saved, property);
        });
    }

    public record Transition(RolloutSite site, Property createdProperty) {
    }

    private static void requireAllowed(RolloutSite site, SiteStatus target) {
        if (!site.status().canMoveTo(target)) {
            throw new ValidationException(List.of(Problem.of("status", "validation.transitionNotAllowed",
                    site.status(), target)));
        }
    }

    private Property propertyFrom(Connection c, RolloutSite site) throws SQLException {
        String base = site.name();
        String designation = base;
        for (int i = 2; repos.properties.findByDesignation(c, designation).isPresent(); i++) {
            designation = base + " (" + i + ")";
        }
        return new Property(RecordMeta.NEW, designation, site.name(), site.address(), null, null,
                site.districtId(), site.organisationId(), null, site.latitude(), site.longitude(),
                site.siteType() == null ? BuildingType.BLOCK_OF_FLATS : site.siteType(), site.dwellings(),
                site.plannedSigns(), 0, false, null, PropertyStatus.ACTIVE,
                site.notes());
    }
}

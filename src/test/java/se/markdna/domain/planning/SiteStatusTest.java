package se.markdna.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteStatusTest {

    @Test
    void theWorkflowMovesForwardStepByStep() {
        assertThat(SiteStatus.PROPOSED.canMoveTo(SiteStatus.UNDER_REVIEW)).isTrue();
        assertThat(SiteStatus.UNDER_REVIEW.canMoveTo(SiteStatus.APPROVED)).isTrue();
        assertThat(SiteStatus.APPROVED.canMoveTo(SiteStatus.SCHEDULED)).isTrue();
        assertThat(SiteStatus.SCHEDULED.canMoveTo(SiteStatus.IN_PROGRESS)).isTrue();
        assertThat(SiteStatus.IN_PROGRESS.canMoveTo(SiteStatus.DONE)).isTrue();
    }

    @Test
    void skippingStepsIsRefused() {
        assertThat(SiteStatus.PROPOSED.canMoveTo(SiteStatus.DONE)).isFalse();
        assertThat(SiteStatus.PROPOSED.canMoveTo(SiteStatus.APPROVED)).isFalse();
        assertThat(SiteStatus.APPROVED.canMoveTo(SiteStatus.DONE)).isFalse();
        assertThat(SiteStatus.IN_PROGRESS.canMoveTo(SiteStatus.REJECTED)).isFalse();
        assertThat(SiteStatus.PROPOSED.canMoveTo(SiteStatus.PROPOSED)).isFalse();
    }

    @Test
    void doneIsFinal() {
        for (SiteStatus s : SiteStatus.values()) {
            assertThat(SiteStatus.DONE.canMoveTo(s)).as("DONE -> " + s).isFalse();
        }
    }

    @Test
    void aRejectedSiteCanBeProposedAgain() {
        assertThat(SiteStatus.REJECTED.canMoveTo(SiteStatus.PROPOSED)).isTrue();
        assertThat(SiteStatus.REJECTED.canMoveTo(SiteStatus.APPROVED)).isFalse();
    }

    @Test
    void onlyEarlyStatusesArePlannable() {
        assertThat(SiteStatus.PROPOSED.isPlannable()).isTrue();
        assertThat(SiteStatus.APPROVED.isPlannable()).isTrue();
        assertThat(SiteStatus.SCHEDULED.isPlannable()).isFalse();
        assertThat(SiteStatus.DONE.isPlannable()).isFalse();
        assertThat(SiteStatus.REJECTED.isPlannable()).isFalse();
    }
}

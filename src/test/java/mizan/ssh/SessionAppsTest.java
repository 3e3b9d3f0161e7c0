package mizan.ssh;

import mizan.model.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAppsTest {

    private final SessionApp annotate = (term, store, who) -> { };
    private final SessionApp adjudicate = (term, store, who) -> { };

    @Test
    void everyRoleGetsTheWorkbenchUntilAnotherAppIsPluggedIn() {
        SessionApps apps = SessionApps.of(annotate);
        for (Role r : Role.values()) {
            assertThat(apps.forRole(r)).as(r.id()).isSameAs(annotate);
        }
    }

    @Test
    void anAppForReviewersServesLeadsTooButNotAnnotators() {
        SessionApps apps = SessionApps.of(annotate).with(Role.REVIEWER, adjudicate);
        assertThat(apps.forRole(Role.ANNOTATOR)).isSameAs(annotate);
        assertThat(apps.forRole(Role.REVIEWER)).isSameAs(adjudicate);
        assertThat(apps.forRole(Role.LEAD)).isSameAs(adjudicate);
    }
}

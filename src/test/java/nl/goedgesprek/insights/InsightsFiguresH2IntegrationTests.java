package nl.goedgesprek.insights;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.insights.internal.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard figures on H2, the embedded database. */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
class InsightsFiguresH2IntegrationTests extends InsightsFiguresTests {

	/**
	 * H2 has no triggers to move people's and development's data versions, so nothing may be kept by
	 * them there: every request computes its dashboard.
	 */
	@Test
	void onH2EveryDashboardIsComputed() {
		assertThat(dashboards.of(Scope.organisation(), period())).isNotSameAs(dashboards.of(Scope.organisation(), period()))
			.isEqualTo(dashboards.of(Scope.organisation(), period()));
	}

}

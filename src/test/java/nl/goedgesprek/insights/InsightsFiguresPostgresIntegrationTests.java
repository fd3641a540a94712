package nl.goedgesprek.insights;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.insights.internal.Dashboard;
import nl.goedgesprek.insights.internal.Scope;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard figures on PostgreSQL, the production database. */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
@OnPostgres
class InsightsFiguresPostgresIntegrationTests extends InsightsFiguresTests {

	/** The schema is new for this class (see {@link OnPostgres}): forget what the H2 class generated. */
	@BeforeAll
	static void newOrganisation() {
		held.clear();
		people = null;
	}

	/**
	 * PostgreSQL keeps the data versions, so a dashboard is shown again while nothing it counts changed,
	 * also after a write that none of the views show (a password). {@link #everyChangeToWhatADashboardCountsShowsAtOnce}
	 * checks the other side: every change that counts ends it.
	 */
	@Test
	void aDashboardIsShownAgainWhileNothingItCountsChanged() {
		Dashboard first = dashboards.of(Scope.organisation(), period());
		assertThat(dashboards.of(Scope.organisation(), period())).isSameAs(first);
		long someone = people.get(0).id();
		String password = jdbc.queryForObject("select password_hash from employee where id = ?", String.class, someone);
		jdbc.update("update employee set password_hash = '{noop}anders', job_title = 'Anders' where id = ?", someone);
		assertThat(dashboards.of(Scope.organisation(), period())).isSameAs(first);
		jdbc.update("update employee set password_hash = ? where id = ?", password, someone);
	}

	/**
	 * People's version moves once per transaction that wrote what its views show, whatever the number of
	 * rows, and not at all for a transaction rolled back or one that wrote nothing the views show.
	 */
	@Test
	void aDataVersionMovesOncePerTransactionThatChangedAView() {
		long start = peopleVersion();
		jdbc.update("update employee set name = name");
		assertThat(peopleVersion()).as("every employee, one statement").isEqualTo(start + 1);
		transactions.executeWithoutResult(status -> {
			jdbc.update("update employee set name = name");
			jdbc.update("update team set name = name");
		});
		assertThat(peopleVersion()).as("two statements, two tables, one transaction").isEqualTo(start + 2);
		transactions.executeWithoutResult(status -> {
			jdbc.update("update employee set name = name");
			status.setRollbackOnly();
		});
		assertThat(peopleVersion()).as("rolled back").isEqualTo(start + 2);
		jdbc.update("update employee set job_title = job_title");
		assertThat(peopleVersion()).as("a column no view shows").isEqualTo(start + 2);
	}

	private long peopleVersion() {
		return jdbc.queryForObject("select version from people_data_version", Long.class);
	}

}

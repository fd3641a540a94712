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
	 * People's version moves once per transaction that changed a value its views show, whatever the
	 * number of rows; not for a transaction rolled back, nor for a write that changed no such value (a
	 * column no view shows, or a row written again as it was, as a repository's save does).
	 */
	@Test
	void aDataVersionMovesOncePerTransactionThatChangedAView() {
		long start = peopleVersion();
		jdbc.update("update employee set name = name || '.'");
		assertThat(peopleVersion()).as("every employee, one statement").isNotEqualTo(start);
		long renamed = peopleVersion();
		transactions.executeWithoutResult(status -> {
			jdbc.update("update employee set name = left(name, length(name) - 1)");
			jdbc.update("update team set name = name || '.'");
			jdbc.update("update team set name = left(name, length(name) - 1)");
		});
		assertThat(peopleVersion()).as("three statements, two tables, one transaction").isNotEqualTo(renamed);
		long back = peopleVersion();
		transactions.executeWithoutResult(status -> {
			jdbc.update("update employee set active = not active");
			status.setRollbackOnly();
		});
		assertThat(peopleVersion()).as("rolled back").isEqualTo(back);
		jdbc.update("update employee set job_title = job_title || '.', name = name");
		jdbc.update("update employee set job_title = left(job_title, length(job_title) - 1)");
		assertThat(peopleVersion()).as("a column no view shows, and a name written as it was").isEqualTo(back);
		long insights = jdbc.queryForObject("select version from insight_lock", Long.class);
		jdbc.update("update insight_reach set last_held_on = last_held_on");
		assertThat(jdbc.queryForObject("select version from insight_lock", Long.class)).as("the read model, by plain SQL")
			.isNotEqualTo(insights);
	}

	/** Without every one of the triggers enabled, the versions cannot be trusted: nothing is kept. */
	@Test
	void aDisabledTriggerStopsKeepingDashboards() {
		Dashboard first = dashboards.of(Scope.organisation(), period());
		assertThat(dashboards.of(Scope.organisation(), period())).isSameAs(first);
		jdbc.execute("alter table chosen_competency disable trigger development_data_changed");
		try {
			assertThat(dashboards.of(Scope.organisation(), period())).isNotSameAs(dashboards.of(Scope.organisation(), period()));
		}
		finally {
			jdbc.execute("alter table chosen_competency enable trigger development_data_changed");
		}
		Dashboard again = dashboards.of(Scope.organisation(), period());
		assertThat(dashboards.of(Scope.organisation(), period())).isSameAs(again).isEqualTo(first);
	}

	private long peopleVersion() {
		return jdbc.queryForObject("select version from people_data_version", Long.class);
	}

}

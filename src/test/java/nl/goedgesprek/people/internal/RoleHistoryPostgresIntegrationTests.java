package nl.goedgesprek.people.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import nl.goedgesprek.shared.Refusal;

/**
 * The role history (V15) and the last-administrator lock on PostgreSQL, the production database: the
 * migration, the insert and read of {@code role_change}, and {@code select ... for update}.
 */
@OnPostgres
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
@Transactional
class RoleHistoryPostgresIntegrationTests {

	@Autowired
	PeopleManagement management;

	@Autowired
	EmployeeRepository employees;

	@Autowired
	RoleChanges history;

	@Test
	void aRoleGivenIsKeptAndTheOnlyAdministratorStays() {
		EmployeeId admin = employees.save(Employee.hire(new PersonDetails("Beheer", "beheer@example.org", null, null,
				null, null, Set.of(Role.ADMIN)))).id();
		EmployeeId sanne = management.hire(admin, new PersonDetails("Sanne de Vries", "sanne@example.org", null, null,
				null, null, Set.of(Role.HR)), null, null);

		assertThat(history.of(sanne)).singleElement().satisfies(change -> {
			assertThat(change.role()).isEqualTo(Role.HR);
			assertThat(change.granted()).isTrue();
			assertThat(change.changedByName()).isEqualTo("Beheer");
		});
		assertThatThrownBy(() -> management.deactivate(sanne, admin, employees.findById(admin.value()).orElseThrow().version()))
			.isInstanceOf(Refusal.class)
			.hasMessage("people.error.lastAdministrator");
	}

}

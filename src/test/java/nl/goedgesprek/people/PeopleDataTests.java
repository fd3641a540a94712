package nl.goedgesprek.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.internal.Employee;
import nl.goedgesprek.people.internal.EmployeeRepository;
import nl.goedgesprek.people.internal.ImportPreview;
import nl.goedgesprek.people.internal.ImportRow;
import nl.goedgesprek.people.internal.PeopleImport;
import nl.goedgesprek.people.internal.PeopleManagement;
import nl.goedgesprek.people.internal.PersonDetails;
import nl.goedgesprek.people.internal.PersonQueries;
import nl.goedgesprek.people.internal.TeamManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.EditClash;

/**
 * The people records against a real database. Runs twice: on H2 ({@link PeopleDataH2IntegrationTests})
 * and on PostgreSQL ({@link PeopleDataPostgresIntegrationTests}), with the same Flyway migrations.
 */
@SpringBootTest(properties = "goedgesprek.demo.enabled=false")
@ActiveProfiles("test")
@Transactional
@RecordApplicationEvents
abstract class PeopleDataTests {

	@Autowired
	PeopleManagement management;

	@Autowired
	TeamManagement teams;

	@Autowired
	PeopleImport peopleImport;

	@Autowired
	PersonQueries queries;

	@Autowired
	EmployeeRepository employees;

	@Autowired
	PeopleAccess access;

	@Autowired
	ApplicationEvents events;

	/** Who makes the changes: an administrator as the installation creates one, outside the rules. */
	EmployeeId installer;

	@BeforeEach
	void anAdministratorMakesTheChanges() {
		installer = employees.save(Employee.hire(new PersonDetails("Beheer", "beheer@example.org", null, null, null,
				null, Set.of(Role.ADMIN)))).id();
	}

	private EmployeeId hire(String name, TeamId team, EmployeeId manager, Role... roles) {
		String email = name.toLowerCase().replace(' ', '.') + "@example.org";
		return management.hire(installer, new PersonDetails(name, email, "Adviseur", team, LocalDate.of(2020, 1, 1), null,
				Set.of(roles)), manager, null);
	}

	@Test
	void aPersonKeepsTeamManagerAndRolesThroughTheDatabase() {
		TeamId team = teams.create("Klantcontact", "Balie");
		EmployeeId boss = hire("Pieter Jansen", team, null);
		EmployeeId sanne = hire("Sanne de Vries", team, boss, Role.HR);

		Person person = queries.find(sanne).orElseThrow();
		assertThat(person.teamName()).isEqualTo("Klantcontact");
		assertThat(person.managerId()).isEqualTo(boss);
		assertThat(person.managerName()).isEqualTo("Pieter Jansen");
		assertThat(person.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
		assertThat(queries.find(boss).orElseThrow().roles()).contains(Role.MANAGER);
		assertThat(queries.reportsOf(boss)).extracting(Person::id).containsExactly(sanne);
	}

	/** The organisation-wide list reads its counts in bulk; it must give every person as one lookup does. */
	@Test
	void theWholeOrganisationReadsAsEachPersonDoes() {
		TeamId team = teams.create("Klantcontact", "Balie");
		EmployeeId boss = hire("Pieter Jansen", team, null, Role.HR, Role.ADMIN);
		EmployeeId sanne = hire("Sanne de Vries", team, boss, Role.HR);
		EmployeeId kevin = hire("Kevin de Boer", null, boss);
		EmployeeId gone = hire("Oud Collega", team, boss);
		management.deactivate(installer, gone, employees.findById(gone.value()).orElseThrow().version());

		List<Person> everyone = queries.activePeople();
		assertThat(everyone).extracting(Person::id).doesNotContain(gone).contains(boss);
		assertThat(everyone).containsExactlyElementsOf(queries.search(null, null, false));
		java.util.function.Function<Person, nl.goedgesprek.people.Due> due = person -> new nl.goedgesprek.people.Due(person.id(),
				person.name(), person.managerId(), person.employmentStart());
		assertThat(queries.due(null)).as("everyone who should have the good conversation")
			.containsExactlyInAnyOrderElementsOf(everyone.stream().filter(p -> p.managerId() != null).map(due).toList())
			.extracting(nl.goedgesprek.people.Due::id)
			.contains(sanne, kevin)
			.doesNotContain(boss, gone);
		assertThat(queries.due(team)).extracting(nl.goedgesprek.people.Due::id).containsExactly(sanne);
		assertThat(everyone).allSatisfy(person -> assertThat(person).isEqualTo(queries.find(person.id()).orElseThrow()));
		assertThat(queries.find(boss).orElseThrow().roles()).contains(Role.MANAGER, Role.HR, Role.ADMIN);
	}

	@Test
	void emailAddressesAreUniqueWhateverTheirCase() {
		hire("Sanne de Vries", null, null);
		assertThatThrownBy(() -> management.hire(installer, new PersonDetails("Another", "SANNE.de.vries@Example.org", null, null,
				null, null, Set.of()), null, null))
			.isInstanceOf(Refusal.class)
			.satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("email"));
	}

	@Test
	void aStaleFormCannotOverwriteANewerEdit() {
		EmployeeId sanne = hire("Sanne de Vries", null, null);
		Integer opened = employees.findById(sanne.value()).orElseThrow().version();
		PersonDetails first = new PersonDetails("Sanne de Vries", "sanne.de.vries@example.org", "Senior adviseur",
				null, null, null, Set.of());
		management.update(installer, sanne, opened, first, null, null);

		PersonDetails second = new PersonDetails("Sanne Vries", "sanne.de.vries@example.org", "Adviseur", null, null,
				null, Set.of());
		assertThatThrownBy(() -> management.update(installer, sanne, opened, second, null, null))
			.isInstanceOf(EditClash.class);
		assertThat(queries.find(sanne).orElseThrow().jobTitle()).isEqualTo("Senior adviseur");
	}

	@Test
	void theDatabaseVersionStopsTwoConcurrentSaves() {
		EmployeeId sanne = hire("Sanne de Vries", null, null);
		Employee mine = employees.findById(sanne.value()).orElseThrow();
		Employee theirs = employees.findById(sanne.value()).orElseThrow();
		theirs.deactivate();
		employees.save(theirs);

		mine.changePasswordHash("{noop}whatever");
		assertThatThrownBy(() -> employees.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void nobodyEndsUpManagingTheirOwnManager() {
		EmployeeId director = hire("Marleen Visser", null, null);
		EmployeeId lead = hire("Pieter Jansen", null, director);
		EmployeeId sanne = hire("Sanne de Vries", null, lead);
		Integer version = employees.findById(director.value()).orElseThrow().version();
		PersonDetails details = new PersonDetails("Marleen Visser", "marleen.visser@example.org", null, null, null,
				null, Set.of());

		assertThatThrownBy(() -> management.update(installer, director, version, details, sanne, null))
			.isInstanceOf(Refusal.class)
			.hasMessage("people.error.managerLoop");
	}

	@Test
	void changingAManagerIsAnnouncedForTheModulesThatHandOver() {
		EmployeeId oldBoss = hire("Pieter Jansen", null, null);
		EmployeeId newBoss = hire("Ingrid Hoekstra", null, null);
		EmployeeId sanne = hire("Sanne de Vries", null, oldBoss);
		Integer version = employees.findById(sanne.value()).orElseThrow().version();

		management.update(installer, sanne, version, new PersonDetails("Sanne de Vries", "sanne.de.vries@example.org", null, null,
				null, null, Set.of()), newBoss, null);

		assertThat(events.stream(ManagerChanged.class)).contains(new ManagerChanged(sanne, oldBoss, newBoss));
	}

	@Test
	void someoneWithReportsCannotBeDeactivated() {
		EmployeeId boss = hire("Pieter Jansen", null, null);
		hire("Sanne de Vries", null, boss);
		Integer version = employees.findById(boss.value()).orElseThrow().version();

		assertThatThrownBy(() -> management.deactivate(installer, boss, version)).isInstanceOf(Refusal.class)
			.hasMessage("people.error.stillManages");
	}

	@Test
	void aDeactivatedPersonHasNoRightsLeft() {
		EmployeeId admin = hire("Jeroen Bos", null, null, Role.ADMIN, Role.HR);
		EmployeeId sanne = hire("Sanne de Vries", null, null);
		assertThat(access.mayManagePeople(admin)).isTrue();

		management.deactivate(installer, admin, employees.findById(admin.value()).orElseThrow().version());

		assertThat(access.mayManagePeople(admin)).isFalse();
		assertThat(access.maySeeProfile(admin, sanne)).isFalse();
	}

	@Test
	void anImportWithOneBadRowImportsNothing() {
		long before = employees.count();
		ImportPreview result = peopleImport.importAll(installer, """
				naam,email,team,leidinggevende
				Sanne de Vries,sanne@example.org,Klantcontact,pieter@example.org
				Pieter Jansen,pieter@example.org,Klantcontact,
				Daan Smit,daan-at-example.org,Klantcontact,pieter@example.org
				""");

		assertThat(result.valid()).isFalse();
		assertThat(result.rows().get(2).errors()).extracting(error -> error.code())
			.containsExactly("import.error.emailInvalid");
		assertThat(result.rows().get(2).line()).isEqualTo(4);
		assertThat(employees.count()).isEqualTo(before);
	}

	@Test
	void anImportCreatesTeamsPeopleAndReportingLinesAndUpdatesKnownPeople() {
		String csv = """
				\uFEFFnaam;email;functie;team;leidinggevende;in_dienst;rollen
				Sanne de Vries;Sanne@Example.org;Klantadviseur;Klantcontact;pieter@example.org;1-5-2021;
				Pieter Jansen;pieter@example.org;Teamleider;Klantcontact;;2017-09-01;HR
				""";
		ImportPreview preview = peopleImport.preview(installer, csv);
		assertThat(preview.valid()).isTrue();
		assertThat(preview.rows()).allMatch(ImportRow::newTeam);
		assertThat(preview.count(ImportRow.Action.NEW)).isEqualTo(2);

		peopleImport.importAll(installer, csv);

		Person sanne = queries.search("sanne@example.org", null, false).get(0);
		Person pieter = queries.search("pieter@example.org", null, false).get(0);
		assertThat(sanne.managerId()).isEqualTo(pieter.id());
		assertThat(sanne.teamName()).isEqualTo("Klantcontact");
		assertThat(sanne.employmentStart()).isEqualTo(LocalDate.of(2021, 5, 1));
		assertThat(pieter.roles()).contains(Role.HR, Role.MANAGER);

		ImportPreview again = peopleImport.importAll(installer, csv.replace("Klantadviseur", "Senior klantadviseur"));
		assertThat(again.count(ImportRow.Action.UPDATE)).isEqualTo(2);
		assertThat(queries.find(sanne.id()).orElseThrow().jobTitle()).isEqualTo("Senior klantadviseur");
	}

	@Test
	void anImportCannotCreateAManagementLoop() {
		ImportPreview preview = peopleImport.preview(installer, """
				name,email,manager_email
				A,a@example.org,b@example.org
				B,b@example.org,a@example.org
				""");
		assertThat(preview.valid()).isFalse();
		assertThat(preview.rows()).allSatisfy(row -> assertThat(row.errors()).extracting(error -> error.code())
			.contains("import.error.managerLoop"));
	}

	@Test
	void anImportNamesMissingAndUnknownColumns() {
		ImportPreview preview = peopleImport.preview(installer, "naam;telefoon\nSanne;0612345678\n");
		assertThat(preview.valid()).isFalse();
		assertThat(preview.fileErrors()).extracting(error -> error.code())
			.containsExactlyInAnyOrder("import.error.unknownColumn", "import.error.missingColumn");
	}

	@Test
	void aTeamWithMembersCannotBeClosed() {
		TeamId team = teams.create("ICT", null);
		hire("Jeroen Bos", team, null);
		assertThatThrownBy(() -> teams.deactivate(team, 0)).isInstanceOf(Refusal.class)
			.hasMessage("teams.error.stillHasMembers");
	}

}

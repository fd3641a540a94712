package nl.goedgesprek.people.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.DemoAccount;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.TeamId;

/**
 * The demo organisation "Stichting De Horizon": five teams, twenty people, a director, four team
 * leads, one HR adviser and one administrator. Seeded once, into an empty database, in demo mode only.
 */
@Component
@Order(10)
public class DemoPeople implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	static final String DOMAIN = "@horizon.example";

	/** One sign-in per role, in the order the login page lists them. */
	private static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("sanne.devries" + DOMAIN, "Sanne de Vries", Role.EMPLOYEE),
			new DemoAccount("pieter.jansen" + DOMAIN, "Pieter Jansen", Role.MANAGER),
			new DemoAccount("fatima.elamrani" + DOMAIN, "Fatima el Amrani", Role.HR),
			new DemoAccount("jeroen.bos" + DOMAIN, "Jeroen Bos", Role.ADMIN));

	private record Seed(String name, String jobTitle, String team, String manager, LocalDate start, Set<Role> roles) {
	}

	private static final List<Seed> SEEDS = List.of(
			new Seed("Marleen Visser", "Directeur-bestuurder", "Directie", null, LocalDate.of(2015, 3, 1), Set.of()),
			new Seed("Pieter Jansen", "Teamleider Klantcontact", "Klantcontact", "Marleen Visser", LocalDate.of(2017, 9, 1), Set.of()),
			new Seed("Ingrid Hoekstra", "Teamleider Financiën", "Financiën", "Marleen Visser", LocalDate.of(2016, 1, 15), Set.of()),
			new Seed("Ruben Peters", "Teamleider ICT", "ICT", "Marleen Visser", LocalDate.of(2019, 4, 1), Set.of()),
			new Seed("Fatima el Amrani", "HR-adviseur", "HR & Organisatie", "Marleen Visser", LocalDate.of(2020, 2, 1), Set.of(Role.HR)),
			new Seed("Eva Koster", "Officemanager", "HR & Organisatie", "Fatima el Amrani", LocalDate.of(2021, 6, 1), Set.of()),
			new Seed("Sanne de Vries", "Klantadviseur", "Klantcontact", "Pieter Jansen", LocalDate.of(2021, 5, 1), Set.of()),
			new Seed("Mohammed el Idrissi", "Klantadviseur", "Klantcontact", "Pieter Jansen", LocalDate.of(2022, 8, 15), Set.of()),
			new Seed("Lotte Bakker", "Senior klantadviseur", "Klantcontact", "Pieter Jansen", LocalDate.of(2018, 11, 1), Set.of()),
			new Seed("Daan Smit", "Klantadviseur", "Klantcontact", "Pieter Jansen", LocalDate.of(2023, 3, 1), Set.of()),
			new Seed("Anouk Mulder", "Kwaliteitsmedewerker", "Klantcontact", "Pieter Jansen", LocalDate.of(2020, 10, 1), Set.of()),
			new Seed("Kevin de Boer", "Klantadviseur", "Klantcontact", "Pieter Jansen", LocalDate.of(2024, 1, 8), Set.of()),
			new Seed("Bram Dekker", "Controller", "Financiën", "Ingrid Hoekstra", LocalDate.of(2017, 6, 1), Set.of()),
			new Seed("Esra Kaya", "Financieel administrateur", "Financiën", "Ingrid Hoekstra", LocalDate.of(2022, 1, 10), Set.of()),
			new Seed("Thijs van Dijk", "Crediteurenadministrateur", "Financiën", "Ingrid Hoekstra", LocalDate.of(2023, 9, 1), Set.of()),
			new Seed("Noor Vermeulen", "Salarisadministrateur", "Financiën", "Ingrid Hoekstra", LocalDate.of(2019, 12, 1), Set.of()),
			new Seed("Jeroen Bos", "Applicatiebeheerder", "ICT", "Ruben Peters", LocalDate.of(2018, 2, 1), Set.of(Role.ADMIN)),
			new Seed("Femke de Graaf", "Servicedeskmedewerker", "ICT", "Ruben Peters", LocalDate.of(2021, 9, 1), Set.of()),
			new Seed("Youssef Amrani", "Netwerkbeheerder", "ICT", "Ruben Peters", LocalDate.of(2020, 5, 1), Set.of()),
			new Seed("Lisa Hendriks", "Informatieadviseur", "ICT", "Ruben Peters", LocalDate.of(2022, 11, 1), Set.of()));

	private static final Map<String, String> TEAM_DESCRIPTIONS = Map.of(
			"Directie", "Leiding van de stichting",
			"Klantcontact", "Telefoon, chat en balie voor onze cliënten",
			"Financiën", "Administratie, salarissen en control",
			"ICT", "Servicedesk, netwerk en applicaties",
			"HR & Organisatie", "Personeel, opleiding en organisatieontwikkeling");

	private final DemoProperties properties;

	private final OrganisationRepository organisations;

	private final TeamRepository teams;

	private final EmployeeRepository employees;

	private final PasswordEncoder passwords;

	DemoPeople(DemoProperties properties, OrganisationRepository organisations, TeamRepository teams,
			EmployeeRepository employees, PasswordEncoder passwords) {
		this.properties = properties;
		this.organisations = organisations;
		this.teams = teams;
		this.employees = employees;
		this.passwords = passwords;
	}

	public List<DemoAccount> accounts() {
		return properties.enabled() ? ACCOUNTS : List.of();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.enabled() || employees.count() > 0) {
			return;
		}
		organisations.save(Organisation.named("Stichting De Horizon"));
		Map<String, TeamId> teamIds = new HashMap<>();
		TEAM_DESCRIPTIONS.forEach((name, description) -> teamIds.put(name, teams.save(Team.named(name, description)).id()));
		String hash = passwords.encode(properties.password());
		Map<String, EmployeeId> ids = new HashMap<>();
		for (Seed seed : SEEDS) {
			Employee employee = Employee.hire(new PersonDetails(seed.name(), email(seed.name()), seed.jobTitle(),
					teamIds.get(seed.team()), seed.start(), null, seed.roles()));
			employee.changePasswordHash(hash);
			if (seed.manager() != null) {
				employee.reportTo(ids.get(seed.manager()));
			}
			ids.put(seed.name(), employees.save(employee).id());
		}
		log.info("Demo mode: seeded {} people in {} teams; sign in as {} with password '{}'", SEEDS.size(),
				teamIds.size(), ACCOUNTS.get(0).email(), properties.password());
	}

	static String email(String name) {
		String[] parts = name.toLowerCase(java.util.Locale.ROOT).split(" ", 2);
		return parts[0] + "." + parts[1].replace(" ", "") + DOMAIN;
	}

}

package nl.goedgesprek.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import nl.goedgesprek.people.internal.DemoPeople;
import nl.goedgesprek.people.internal.Organisation;
import nl.goedgesprek.people.internal.OrganisationRepository;
import nl.goedgesprek.people.internal.PersonQueries;

/**
 * What the rest of the application asks of the people module. Reads only; changes go through the
 * module's own pages. Callers check {@link PeopleAccess} before they show a person to someone else.
 */
@Service
public class People {

	private final PersonQueries queries;

	private final OrganisationRepository organisations;

	private final DemoPeople demo;

	People(PersonQueries queries, OrganisationRepository organisations, DemoPeople demo) {
		this.queries = queries;
		this.organisations = organisations;
		this.demo = demo;
	}

	/**
	 * The names of these people in one query, for a page that names many (a list of agreements names
	 * two people per row): asking {@link #find} per row made one query per row.
	 */
	public java.util.Map<EmployeeId, String> names(java.util.Collection<EmployeeId> ids) {
		return queries.names(ids);
	}

	/** A person as they are now; asked again within one page request, the first answer (RequestMemo). */
	public Optional<Person> find(EmployeeId id) {
		return queries.find(id);
	}

	/** The languages a person can choose; Dutch is the default. */
	public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("en"));

	/** The language this person reads Goedgesprek and its mail in: their own choice, else Dutch. */
	public Locale language(EmployeeId id) {
		return queries.language(id).map(Locale::forLanguageTag).filter(LANGUAGES::contains).orElse(LANGUAGES.get(0));
	}

	public boolean hasChosenLanguage(EmployeeId id) {
		return queries.language(id).isPresent();
	}

	/** Remembers the person's language; anything but a supported language is ignored. */
	public void chooseLanguage(EmployeeId id, Locale language) {
		Locale chosen = Locale.forLanguageTag(language.getLanguage());
		if (LANGUAGES.contains(chosen)) {
			queries.chooseLanguage(id, chosen.toLanguageTag());
		}
	}

	/** A person by the email address they sign in with. */
	public Optional<Person> findByEmail(String email) {
		return queries.search(email, null, true).stream().filter(p -> p.email().equalsIgnoreCase(email.trim())).findFirst();
	}

	/**
	 * The active people who report to this manager, by name; asked again within one page request, the
	 * first answer (RequestMemo): the home page and its to-do list both ask.
	 */
	public List<Person> reportsOf(EmployeeId manager) {
		return nl.goedgesprek.shared.RequestMemo.remember("reports", manager, () -> List.copyOf(queries.reportsOf(manager)));
	}

	public Optional<String> organisationName() {
		return organisation().map(org -> org.name());
	}

	/** The active teams, by name. */
	public List<TeamSummary> activeTeams() {
		return queries.activeTeams();
	}

	/**
	 * Colleagues to choose from, by name (their name and team, nothing more): those whose name contains
	 * the text, at most {@code limit}; or, without text, the people around this person: their team,
	 * their manager and their reports. Never the person themselves.
	 */
	public List<Person> colleaguesOf(EmployeeId me, String text, int limit) {
		if (text != null && !text.isBlank()) {
			return queries.activeNamed(text, limit + 1).stream().filter(person -> !person.id().equals(me)).limit(limit).toList();
		}
		Person self = find(me).orElseThrow();
		java.util.Map<EmployeeId, Person> around = new java.util.LinkedHashMap<>();
		if (self.teamId() != null) {
			queries.activeMembers(self.teamId()).forEach(person -> around.put(person.id(), person));
		}
		if (self.managerId() != null) {
			find(self.managerId()).filter(Person::active).ifPresent(manager -> around.put(manager.id(), manager));
		}
		reportsOf(me).forEach(person -> around.put(person.id(), person));
		around.remove(me);
		return around.values().stream().sorted(java.util.Comparator.comparing(Person::name)).toList();
	}

	/** Every active person who has a manager, in no particular order: everyone who should have the good conversation. */
	public List<Due> everyoneWithAManager() {
		return queries.due(null);
	}

	/** The same, for the people now in one team. */
	public List<Due> everyoneWithAManager(TeamId team) {
		return queries.due(team);
	}

	/** How often the good conversation should happen in this organisation. */
	public OrganisationRhythm rhythm() {
		return organisation().map(org -> org.rhythm()).orElse(OrganisationRhythm.DEFAULT);
	}

	/** The organisation's settings, read once per page request (RequestMemo): the header, the rhythm and the overview all ask. */
	private Optional<Organisation> organisation() {
		return nl.goedgesprek.shared.RequestMemo.remember("organisation", "", organisations::findTheOrganisation);
	}

	public PeopleOverview overview() {
		var organisation = organisation();
		return new PeopleOverview(organisation.map(org -> org.name()).orElse(""), queries.countActive(),
				queries.countActiveTeams(), queries.countActiveWithoutConversationPartner(),
				organisation.map(org -> org.worksCouncilConsentDate()).orElse(null));
	}

	/** The accounts to list on the login page; empty unless the installation runs in demo mode. */
	public List<DemoAccount> demoAccounts() {
		return demo.accounts();
	}

	/**
	 * The people whose employment ended before this day and whose data is not erased yet: whom the
	 * retention term for records applies to.
	 */
	public List<EmployeeId> departedBefore(java.time.LocalDate day) {
		return queries.departedBefore(day);
	}

	/** Whether this person was erased: their row is then a placeholder named "Verwijderde medewerker". */
	public boolean erased(EmployeeId id) {
		return queries.erased(id);
	}

	/**
	 * Whether this person was erased, holding their row until the caller's transaction ends, so two
	 * erasures of one person run one after the other and the second sees the first.
	 */
	public boolean erasedLocked(EmployeeId id) {
		return queries.erasedLocked(id);
	}

}

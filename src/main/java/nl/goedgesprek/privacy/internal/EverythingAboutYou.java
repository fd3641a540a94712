package nl.goedgesprek.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.shared.PersonalData.Section;

/**
 * Everything kept about one person (art. 15 GDPR), collected from every module's
 * {@link PersonalData}: one list of sections that the page, the JSON and the PDF all show, so the
 * three cannot drift apart. The modules come in a fixed order (people first, the read log last).
 */
@Service
public class EverythingAboutYou {

	/** The order of the modules' sections on the page; a module not named here comes before privacy. */
	private static final List<String> ORDER = List.of("profile", "conversations", "ambitions", "inbox", "mail",
			"calendarFeed", "insightFigures", "readsOfYourData");

	private final List<PersonalData> modules;

	private final People people;

	private final Clock clock;

	EverythingAboutYou(List<PersonalData> modules, People people, Clock clock) {
		this.modules = modules.stream().sorted(Comparator.comparingInt(EverythingAboutYou::rank)).toList();
		this.people = people;
		this.clock = clock;
	}

	/** What one export holds: whose, when, and the sections in page order. */
	public record Report(long personId, String name, Instant compiledAt, List<Section> sections) {
	}

	/** How many steps {@link #of(EmployeeId, IntConsumer)} reports: one per module. */
	public int steps() {
		return modules.size();
	}

	public Report of(EmployeeId person) {
		return of(person, done -> {
		});
	}

	/** @param progress told how many modules are done, after each */
	public Report of(EmployeeId person, IntConsumer progress) {
		String name = people.find(person).map(Person::name).orElse(null);
		List<Section> sections = new ArrayList<>();
		int done = 0;
		for (PersonalData module : modules) {
			sections.addAll(module.of(person.value()));
			progress.accept(++done);
		}
		return new Report(person.value(), name, clock.instant(), sections);
	}

	/**
	 * The categories of personal data, for the processing description: every section any module
	 * declares, in page order, so the register names what the export really holds.
	 */
	public List<String> categories() {
		return modules.stream().flatMap(m -> m.sections().stream()).toList();
	}

	/** Tables that hold a person's id but are not shown, with why: for the processing description and the completeness test. */
	public Map<String, String> notShown() {
		Map<String, String> all = new LinkedHashMap<>();
		modules.forEach(m -> all.putAll(m.notShown()));
		return all;
	}

	/** Every table some module shows. */
	public List<String> tables() {
		return modules.stream().flatMap(m -> m.tables().stream()).sorted().toList();
	}

	private static int rank(PersonalData module) {
		String first = module.sections().isEmpty() ? "" : module.sections().get(0);
		int at = ORDER.indexOf(first);
		return at < 0 ? ORDER.size() - 1 : at;
	}

}

package nl.goedgesprek.development.internal;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/**
 * Demo mode: a koers and a competency catalogue for Stichting De Horizon, and (with the demo
 * conversations) Sanne's ambition, chosen competency, a plan goal and appreciation from a colleague.
 */
@Component
@Order(40)
class DemoDevelopment implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDevelopment.class);

	private static final String DOMAIN = "@horizon.example";

	private final boolean catalogues;

	private final boolean personal;

	private final Koers koers;

	private final Competencies competencies;

	private final Ambitions ambitions;

	private final DevelopmentPlans plans;

	private final PlanActions actions;

	private final Appreciations appreciations;

	private final People people;

	DemoDevelopment(@Value("${goedgesprek.demo.enabled:false}") boolean demo,
			@Value("${goedgesprek.demo.conversations:true}") boolean conversationsToo, Koers koers,
			Competencies competencies, Ambitions ambitions, DevelopmentPlans plans, PlanActions actions,
			Appreciations appreciations, People people) {
		this.actions = actions;
		this.catalogues = demo;
		this.personal = demo && conversationsToo;
		this.koers = koers;
		this.competencies = competencies;
		this.ambitions = ambitions;
		this.plans = plans;
		this.appreciations = appreciations;
		this.people = people;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!catalogues || !koers.all().isEmpty() || people.findByEmail("sanne.devries" + DOMAIN).isEmpty()) {
			return;
		}
		int year = LocalDate.now().getYear();
		long digital = koers.add("Digitaal dichtbij",
				"Klanten regelen hun vraag online wanneer het hun uitkomt, en spreken een mens wanneer ze dat willen.",
				LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31));
		koers.add("Samen sterk in de wijk", "We werken nauw samen met huisartsen, scholen en buurtteams.",
				LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
		koers.add("Gezond en met plezier aan het werk", "Werkdruk die past, ruimte om te leren, en aandacht voor elkaar.",
				LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31));
		competencies.add("Klantgericht communiceren", "Luisteren, doorvragen en helder uitleggen.", "Klant");
		competencies.add("Omgaan met emoties", "Rustig blijven en de ander ruimte geven.", "Klant");
		competencies.add("Feedback geven en vragen", "Open zeggen wat je ziet, en vragen wat de ander ziet.", "Samenwerken");
		competencies.add("Samenwerken over teams heen", null, "Samenwerken");
		competencies.add("Digitale vaardigheden", "Onze systemen en het klantportaal goed gebruiken.", "Vakmanschap");
		competencies.add("Plannen en organiseren", null, "Vakmanschap");
		competencies.add("Coachend leidinggeven", "Vragen stellen in plaats van antwoorden geven.", "Leiderschap");
		if (personal) {
			sanne(digital);
		}
		log.info("Demo mode: seeded the koers and the competency catalogue");
	}

	private void sanne(long digitalGoal) {
		EmployeeId sanne = id("sanne.devries");
		long communicating = competencies.catalogue(true).stream()
			.filter(c -> c.name().equals("Klantgericht communiceren"))
			.findFirst()
			.orElseThrow()
			.id();
		long ambition = ambitions.write(sanne, "Over twee jaar ben ik de vraagbaak voor het klantportaal en werk ik nieuwe collega's in.");
		competencies.choose(sanne, communicating);
		long goal = plans.addGoal(sanne, "Het klantportaal uitleggen aan klanten en collega's", ambition, communicating,
				digitalGoal);
		actions.addAction(sanne, goal, DevelopmentAction.Kind.COURSE, "Training klantgesprekken", "twee dagdelen",
				"450 euro", LocalDate.now().plusMonths(2), null);
		appreciations.give(id("lotte.bakker"), sanne, "Je legde een klant geduldig uit hoe het portaal werkt; hij belde daarna niet meer terug.",
				communicating, digitalGoal, null);
	}

	private EmployeeId id(String localPart) {
		return people.findByEmail(localPart + DOMAIN).map(Person::id).orElseThrow();
	}

}

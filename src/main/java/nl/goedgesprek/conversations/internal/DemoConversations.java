package nl.goedgesprek.conversations.internal;

import nl.goedgesprek.conversations.AgreementStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.cards.PublishedCard;
import nl.goedgesprek.conversations.AgreementProgressed;
import nl.goedgesprek.conversations.AgreementReported;
import nl.goedgesprek.conversations.PulseAnswered;
import nl.goedgesprek.conversations.ConversationCancelled;
import nl.goedgesprek.conversations.ConversationHeld;
import nl.goedgesprek.conversations.ConversationPlanned;
import nl.goedgesprek.conversations.RecordAddedTo;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;

/**
 * A few conversations in every state for the demo organisation, so a newcomer sees a living app:
 * completed and held ones with records, one being prepared, planned ones and a cancelled one.
 * Seeded once, in demo mode, when there are no conversations yet.
 */
@Component
@Order(30)
class DemoConversations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConversations.class);

	private static final String DOMAIN = "@horizon.example";

	private final boolean enabled;

	private final People people;

	private final Cards cards;

	private final ConversationRepository conversations;

	private final PreparationRepository preparations;

	private final NoteRepository notes;

	private final AgreementRepository agreements;

	private final RecordEntries entries;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoConversations(@Value("${goedgesprek.demo.enabled:false}") boolean demo,
			@Value("${goedgesprek.demo.conversations:true}") boolean conversationsToo, People people, Cards cards,
			ConversationRepository conversations, PreparationRepository preparations, NoteRepository notes,
			AgreementRepository agreements, RecordEntries entries, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.enabled = demo && conversationsToo;
		this.people = people;
		this.cards = cards;
		this.conversations = conversations;
		this.preparations = preparations;
		this.notes = notes;
		this.agreements = agreements;
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || conversations.count() > 0 || people.findByEmail("sanne.devries" + DOMAIN).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);

		Conversation sanneFirst = closed("sanne.devries", "pieter.jansen", ConversationKind.CHECK_IN, today.minusWeeks(18));
		prepared(sanneFirst, Side.EMPLOYEE, 3, 2, "Ik ben ingewerkt op de chat.", "Je geduld met mijn vragen.", List.of());
		prepared(sanneFirst, Side.MANAGER, 4, 3, "Sanne pakt de chat snel op.", "Je inzet.", List.of());
		acknowledge(sanneFirst, true);
		pulse(sanneFirst, 3, 3, 4, 3);
		Conversation sanneSecond = closed("sanne.devries", "pieter.jansen", ConversationKind.CHECK_IN, today.minusWeeks(12));
		prepared(sanneSecond, Side.EMPLOYEE, 4, 3, "Ik help collega's met het klantportaal.", "Je luistert echt.", List.of());
		prepared(sanneSecond, Side.MANAGER, 4, 4, "Sanne is de vraagbaak voor het portaal.", "Je humor.", List.of());
		acknowledge(sanneSecond, true);
		pulse(sanneSecond, 4, 4, 4, 4);

		Conversation sanneDone = closed("sanne.devries", "pieter.jansen", ConversationKind.CHECK_IN, today.minusWeeks(6));
		prepared(sanneDone, Side.EMPLOYEE, 4, 3, "Het nieuwe klantportaal: klanten vinden sneller hun antwoord.",
				"Je neemt de tijd om mee te denken.", List.of("Thuiswerken op vrijdag"));
		prepared(sanneDone, Side.MANAGER, 5, 4, "Sanne heeft het klantportaal mee op poten gezet.",
				"Je rust aan de telefoon, ook als het druk is.", List.of());
		note(sanneDone, "resultaten", "Het portaal werkt goed; Sanne deelt haar aanpak in het teamoverleg.");
		agreement(sanneDone, "Training klantgesprekken volgen", Side.EMPLOYEE, today.plusMonths(2), "ontwikkeling");
		// A month in progress: one agreement of Sanne's is a few days late, one of Pieter's is due this week,
		// so both see them on their to-do list.
		agreement(sanneDone, "Thuiswerkafspraak voor vrijdag op papier zetten", Side.EMPLOYEE, today.minusDays(3), "welzijn");
		Agreement nomination = agreement(sanneDone, "Sanne voordragen voor de werkgroep klantportaal", Side.MANAGER,
				today.plusDays(4), "resultaten");
		acknowledge(sanneDone, true);
		pulse(sanneDone, 5, 5, 5, 4);

		Conversation sanneNext = announced("sanne.devries", "pieter.jansen", "pieter.jansen", ConversationKind.ANNUAL,
				today.plusDays(10));
		draft(sanneNext, Side.MANAGER, "Een sterk jaar voor Sanne.");

		Conversation lotteHeld = closed("lotte.bakker", "pieter.jansen", ConversationKind.CHECK_IN, today.minusDays(2));
		prepared(lotteHeld, Side.EMPLOYEE, 3, 2, "Ik werk nieuwe collega's in.", "Je bent eerlijk en duidelijk.",
				List.of("Werkdruk in de ochtend"));
		prepared(lotteHeld, Side.MANAGER, 5, 4, "Lotte is een steun voor nieuwe collega's.", "Je collegialiteit.", List.of());
		note(lotteHeld, "welzijn", "De ochtenden zijn zwaar. We kijken naar het rooster.");
		agreement(lotteHeld, "Rooster voor de ochtenden herzien", Side.MANAGER, today.plusWeeks(3), "welzijn");
		// Held two days ago and not signed yet: both get "the record is ready" in their inbox. The insights
		// listener writes this conversation's rows the same way the backfill would.
		events.publishEvent(new ConversationHeld(lotteHeld.id(), lotteHeld.employeeId(), lotteHeld.managerId(),
				lotteHeld.closedAt()));
		progress(nomination, AgreementStatus.IN_PROGRESS, "Aangemeld bij de werkgroep; de eerste bijeenkomst is volgende maand.");

		announced("daan.smit", "pieter.jansen", "daan.smit", ConversationKind.CHECK_IN, today.plusDays(3));
		Conversation kevin = announced("kevin.deboer", "pieter.jansen", "pieter.jansen", ConversationKind.CHECK_IN,
				today.plusDays(1));
		kevin.cancel(id("kevin.deboer"), "Ik ben die week op cursus; graag een nieuwe datum.");
		kevin = conversations.save(kevin);
		events.publishEvent(new ConversationCancelled(kevin.id(), kevin.employeeId(), kevin.managerId(),
				kevin.cancelReason(), kevin.version()));

		Conversation bramDone = closed("bram.dekker", "ingrid.hoekstra", ConversationKind.ANNUAL, today.minusWeeks(9));
		prepared(bramDone, Side.EMPLOYEE, 4, 4, "De jaarafsluiting ging zonder uitstel.", "Je vertrouwen.", List.of());
		prepared(bramDone, Side.MANAGER, 4, 5, "Bram hield overzicht bij de jaarafsluiting.", "Je precisie.", List.of());
		acknowledge(bramDone, false);

		// Jeroen (the administrator) has his own month too: a check-in three weeks ago whose pulse he has
		// not given yet, an agreement of his due this week, and the next check-in, which Ruben planned.
		Conversation jeroenEarlier = closed("jeroen.bos", "ruben.peters", ConversationKind.CHECK_IN, today.minusWeeks(3));
		prepared(jeroenEarlier, Side.EMPLOYEE, 4, 4, "De back-ups draaien weer zonder fouten.", "Je denkt mee.", List.of());
		prepared(jeroenEarlier, Side.MANAGER, 4, 4, "Jeroen loste de back-ups zelfstandig op.", "Je rust.", List.of());
		agreement(jeroenEarlier, "Offerte opleiding cloudbeheer opvragen", Side.EMPLOYEE, today.plusDays(2), "ontwikkeling");
		acknowledge(jeroenEarlier, true);
		events.publishEvent(new PulseAnswered(jeroenEarlier.id(), Side.MANAGER, 4, 4, clock.instant()));
		Conversation jeroen = announced("jeroen.bos", "ruben.peters", "ruben.peters", ConversationKind.CHECK_IN,
				today.plusDays(5));
		Preparation shared = prepared(jeroen, Side.EMPLOYEE, 4, 3, "De migratie naar de nieuwe server.",
				"Je geeft me ruimte.", List.of("Opleiding cloudbeheer"));
		shared.share(clock.instant());
		preparations.save(shared);

		pietersRound(today);
		financeAndIct(today);

		// Eva planned it, so Fatima (HR) finds it in her inbox and on her list.
		announced("eva.koster", "fatima.elamrani", "eva.koster", ConversationKind.ANNUAL, today.plusDays(14));
		log.info("Demo mode: seeded conversations in every state");
	}

	/**
	 * Pieter's round of check-ins four months ago with five of his six reports, so his own view
	 * ("Mijn gesprekken als leidinggevende") has enough to show: with Sanne's conversations six employees
	 * over more than three months, one month in which five answered the pulse, and agreements with five.
	 * Pieter brings more topics than his employees do, which is what the view suggests he change.
	 */
	private void pietersRound(LocalDate today) {
		LocalDate month = today.minusMonths(4).withDayOfMonth(1);
		record Round(String who, int day, String proud, String topic, String agreement, boolean done, int good, int heard) {
		}
		List<Round> round = List.of(
				new Round("mohammed.elidrissi", 4, "Ik heb de wachttijd aan de telefoon omlaag gekregen.", null,
						"Meelopen met de kwaliteitsmedewerker", true, 4, 4),
				new Round("lotte.bakker", 6, "De nieuwe collega's draaien zelfstandig mee.", "Minder vergaderen op maandag",
						"Inwerkmap bijwerken", true, 4, 3),
				new Round("daan.smit", 9, "Mijn eerste maand op de chat zonder hulp.", null,
						"Cursus schriftelijke communicatie zoeken", false, 3, 3),
				new Round("anouk.mulder", 11, "De klachtenanalyse is af.", null, "Klachtenanalyse presenteren in het team",
						true, 5, 4),
				new Round("kevin.deboer", 13, "Ik ken nu de meeste vragen van cliënten.", null,
						"Elke week een gesprek terugluisteren met Lotte", false, 4, 4));
		for (Round r : round) {
			Conversation c = closed(r.who(), "pieter.jansen", ConversationKind.CHECK_IN, month.plusDays(r.day() - 1L));
			prepared(c, Side.EMPLOYEE, 4, 3, r.proud(), "Je maakt tijd voor me.",
					r.topic() == null ? List.of() : List.of(r.topic()));
			prepared(c, Side.MANAGER, 4, 4, "Een goede periode, met zichtbaar resultaat.",
					"Je inzet voor het team.", List.of("De bezetting in de zomer", "Het nieuwe kwaliteitsbeleid"));
			Agreement made = agreement(c, r.agreement(), Side.EMPLOYEE, month.plusMonths(1).plusDays(r.day()),
					"ontwikkeling");
			if (r.done()) {
				java.time.Instant done = month.plusMonths(1).atStartOfDay(clock.getZone()).toInstant();
				made.report(AgreementStatus.DONE, null, done);
				agreements.save(made);
				events.publishEvent(new AgreementReported(made.rawId(), AgreementStatus.DONE, null, made.ownerId(), done));
			}
			acknowledge(c, true);
			pulse(c, r.good(), r.heard(), 4, 3);
		}
	}

	/**
	 * Ingrid and Ruben held check-ins too, a few weeks ago, with agreements: the organisation's figures
	 * are then about more than the one team, so a manager's own figures cannot be had by subtracting
	 * theirs from the organisation's.
	 */
	private void financeAndIct(LocalDate today) {
		String[][] pairs = { { "esra.kaya", "ingrid.hoekstra", "Controle op de inkoopfacturen automatiseren" },
				{ "thijs.vandijk", "ingrid.hoekstra", "Inwerken op de crediteurenrun" },
				{ "noor.vermeulen", "ingrid.hoekstra", "Salarisrun januari samen voorbereiden" },
				{ "femke.degraaf", "ruben.peters", "Kennisbankartikelen voor de servicedesk schrijven" } };
		int weeks = 4;
		for (String[] pair : pairs) {
			Conversation c = closed(pair[0], pair[1], ConversationKind.CHECK_IN, today.minusWeeks(weeks++));
			prepared(c, Side.EMPLOYEE, 4, 4, "Het werk loopt goed.", "Je bent bereikbaar.", List.of());
			prepared(c, Side.MANAGER, 4, 4, "Het werk loopt goed.", "Je zorgvuldigheid.", List.of());
			agreement(c, pair[2], Side.EMPLOYEE, today.plusMonths(1), "ontwikkeling");
			acknowledge(c, true);
		}
	}

	private EmployeeId id(String localPart) {
		return people.findByEmail(localPart + DOMAIN).map(Person::id).orElseThrow();
	}

	private PublishedCard card(ConversationKind kind) {
		return cards.publishedCards().stream().filter(c -> c.suggestedFor() == kind).findFirst()
			.orElseGet(() -> cards.publishedCards().get(0));
	}

	private Conversation planned(String employee, String manager, ConversationKind kind, LocalDate on) {
		return conversations.save(Conversation.plan(id(employee), id(manager), kind, LocalDateTime.of(on, LocalTime.of(10, 0)),
				card(kind).currentVersion(), id(employee), clock.instant().minus(Duration.ofDays(20))));
	}

	/**
	 * A conversation still to come, planned by {@code planner}, with the event that tells the other
	 * participant (inbox and mail), as when it is planned through the app. Only events that no
	 * insights figure listens to are published this way, plus the few below whose listeners write the
	 * same rows again whatever the order; the insights backfill covers the rest of the demo.
	 */
	private Conversation announced(String employee, String manager, String planner, ConversationKind kind, LocalDate on) {
		Conversation conversation = conversations.save(Conversation.plan(id(employee), id(manager), kind,
				LocalDateTime.of(on, LocalTime.of(10, 0)), card(kind).currentVersion(), id(planner),
				clock.instant().minus(Duration.ofDays(20))));
		events.publishEvent(new ConversationPlanned(conversation.id(), conversation.employeeId(),
				conversation.managerId(), kind, conversation.scheduledAt(), id(planner)));
		return conversation;
	}

	private Conversation closed(String employee, String manager, ConversationKind kind, LocalDate on) {
		Conversation conversation = planned(employee, manager, kind, on);
		Instant when = on.atTime(10, 0).atZone(clock.getZone()).toInstant();
		conversation.start(when);
		conversation.close(when.plus(Duration.ofMinutes(45)));
		return conversations.save(conversation);
	}

	private Preparation prepared(Conversation conversation, Side side, int results, int wellbeing, String proudOf,
			String appreciation, List<String> talkingPoints) {
		Preparation preparation = Preparation.begin(conversation.id(), conversation.participant(side), side);
		preparation.saveDraft(new PreparationDraft(Map.of("resultaten.q1", proudOf),
				Map.of("resultaten.statement", results, "welzijn.statement", wellbeing), talkingPoints, appreciation),
				clock.instant());
		if (conversation.status().startedOrLater()) {
			preparation.share(clock.instant());
		}
		return preparations.save(preparation);
	}

	private void draft(Conversation conversation, Side side, String text) {
		Preparation preparation = Preparation.begin(conversation.id(), conversation.participant(side), side);
		preparation.saveDraft(new PreparationDraft(Map.of("resultaten.q1", text), Map.of(), List.of(), null), clock.instant());
		preparations.save(preparation);
	}

	private void note(Conversation conversation, String themeKey, String text) {
		Note note = Note.empty(conversation.id(), themeKey);
		note.write(text, conversation.managerId(), clock.instant());
		notes.save(note);
	}

	private Agreement agreement(Conversation conversation, String what, Side owner, LocalDate due, String themeKey) {
		return agreements.save(Agreement.make(conversation, what, owner, due, themeKey, conversation.managerId(), clock.instant()));
	}

	/** Progress reported by the owner, with its event: the other hears it in their inbox. */
	private void progress(Agreement agreement, AgreementStatus status, String note) {
		agreement.report(status, note, clock.instant());
		Agreement saved = agreements.save(agreement);
		events.publishEvent(new AgreementReported(saved.rawId(), status, note, saved.ownerId(), saved.updatedAt()));
		// its first report, so the first step of its progress
		events.publishEvent(new AgreementProgressed(saved.rawId(), saved.conversationId(), saved.ownerId(),
				saved.otherThanOwner(), status.name(), note, 1, saved.employeeId()));
	}

	/** Both sides' pulse, kept by follow-up in this transaction. */
	private void pulse(Conversation conversation, int employeeGood, int employeeHeard, int managerGood, int managerEqual) {
		events.publishEvent(new PulseAnswered(conversation.id(), Side.EMPLOYEE, employeeGood, employeeHeard, clock.instant()));
		events.publishEvent(new PulseAnswered(conversation.id(), Side.MANAGER, managerGood, managerEqual, clock.instant()));
	}

	private void acknowledge(Conversation conversation, boolean employeeAgrees) {
		Instant now = clock.instant();
		conversation.acknowledge(Side.EMPLOYEE, employeeAgrees ? Acknowledgement.Kind.AGREED : Acknowledgement.Kind.SEEN, now);
		conversation.acknowledge(Side.MANAGER, Acknowledgement.Kind.SEEN, now);
		conversations.save(conversation);
		if (!employeeAgrees) {
			entries.addEmployeeView(conversation.id(), conversation.employeeId(),
					"Ik zie het iets anders: de extra uren in december waren nodig, niet vanzelfsprekend.", now);
			events.publishEvent(new RecordAddedTo(conversation.id(), conversation.employeeId(), conversation.managerId(),
					RecordAddedTo.Addition.EMPLOYEE_VIEW));
		}
	}

}

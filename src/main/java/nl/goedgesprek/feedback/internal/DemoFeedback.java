package nl.goedgesprek.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;

/**
 * Demo mode: for her coming annual conversation with Pieter, Sanne asked Lotte and Daan for input
 * (with names). Lotte answered; Daan finds the request in his inbox and on his home page.
 */
@Component
@Order(50)
class DemoFeedback implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

	private static final String DOMAIN = "@horizon.example";

	private final boolean enabled;

	private final Asking asking;

	private final Answering answering;

	private final Conversations conversations;

	private final People people;

	private final JdbcClient jdbc;

	private final FeedbackStore store;

	private final Clock clock;

	DemoFeedback(@Value("${goedgesprek.demo.enabled:false}") boolean demo,
			@Value("${goedgesprek.demo.conversations:true}") boolean conversationsToo, Asking asking, Answering answering,
			Conversations conversations, People people, JdbcClient jdbc, FeedbackStore store, Clock clock) {
		this.store = store;
		this.enabled = demo && conversationsToo;
		this.asking = asking;
		this.answering = answering;
		this.conversations = conversations;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || jdbc.sql("select count(*) from feedback_request").query(Long.class).single() > 0) {
			return;
		}
		EmployeeId sanne = id("sanne.devries");
		EmployeeId lotte = id("lotte.bakker");
		EmployeeId daan = id("daan.smit");
		if (sanne == null || lotte == null || daan == null) {
			return;
		}
		ConversationSummary annual = conversations.of(sanne).stream()
			.filter(c -> c.kind() == ConversationKind.ANNUAL && c.employeeId().equals(sanne))
			.filter(c -> Asking.stillPreparing(c, sanne))
			.findFirst()
			.orElse(null);
		if (annual == null) {
			return;
		}
		String question = asking.questionsOf(annual.id()).keySet().stream()
			.filter(key -> key.startsWith("samenwerking."))
			.findFirst()
			.orElseThrow();
		LocalDate due = annual.scheduledAt().toLocalDate().minusDays(3);
		if (!due.isAfter(LocalDate.now(clock.withZone(Dates.ZONE)))) {
			due = annual.scheduledAt().toLocalDate();
		}
		long request = asking.ask(sanne, annual.id(), new NewRequest(List.of(lotte, daan), List.of(question), due, false,
				"Ik wil weten hoe mijn collega's de samenwerking rond het klantportaal ervaren."));
		store.answersTo(request).forEach(answer -> {
			if (answer.colleagueId().equals(lotte)) {
				answering.answer(lotte, answer.id(),
						"Ze legt geduldig uit hoe het portaal werkt en vraagt altijd of het duidelijk was. "
								+ "Soms neemt ze te veel zelf op zich; ze mag vaker om hulp vragen.",
						null);
			}
		});
		log.info("Demo mode: Sanne asked two colleagues for input; one answered");
	}

	private EmployeeId id(String localPart) {
		return people.findByEmail(localPart + DOMAIN).map(Person::id).orElse(null);
	}

}

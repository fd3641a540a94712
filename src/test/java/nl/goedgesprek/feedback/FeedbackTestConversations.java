package nl.goedgesprek.feedback;

import java.time.LocalDate;
import java.util.List;

import nl.goedgesprek.cards.ConversationKind;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.feedback.internal.Asking;
import nl.goedgesprek.feedback.internal.FeedbackAnswer;
import nl.goedgesprek.feedback.internal.NewRequest;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

/**
 * Steps the feedback tests share: a fresh annual conversation of Kevin with Pieter (so each test has
 * its own unshared preparations), and a request asked through the service. Import it together with
 * {@link ConversationSteps}; not a component, so the feedback module test (which starts feedback alone) does
 * not pick it up.
 */
class FeedbackTestConversations {

	private final ConversationSteps steps;

	private final Asking asking;

	private final DemoUsers demo;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private int days = 10;

	FeedbackTestConversations(ConversationSteps steps, Asking asking, DemoUsers demo,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.steps = steps;
		this.asking = asking;
		this.demo = demo;
		this.jdbc = jdbc;
	}

	ConversationId kevinWithPieter() {
		return steps.plan(demo.id("pieter.jansen"), demo.id("kevin.deboer"), ConversationKind.ANNUAL,
				LocalDate.now().plusDays(days++).atTime(10, 0));
	}

	String question(ConversationId conversation) {
		return asking.questionsOf(conversation).keySet().stream().filter(key -> key.startsWith("samenwerking.")).findFirst()
			.orElseThrow();
	}

	long ask(String asker, ConversationId conversation, boolean anonymous, LocalDate due, String... colleagues) {
		List<EmployeeId> asked = java.util.Arrays.stream(colleagues).map(demo::id).toList();
		return asking.ask(demo.id(asker), conversation, new NewRequest(asked, List.of(question(conversation)), due,
				anonymous, "Ik wil weten hoe ik overkom."));
	}

	/** The answer row of one colleague: the test knows who it asked. */
	long answerOf(long request, String colleague) {
		return jdbc.sql("select id from feedback_answer where request_id = :r and colleague_id = :c")
			.param("r", request)
			.param("c", demo.id(colleague).value())
			.query(Long.class)
			.single();
	}

	FeedbackAnswer.State stateOf(long answer) {
		return FeedbackAnswer.State.valueOf(jdbc.sql("select state from feedback_answer where id = :id")
			.param("id", answer).query(String.class).single());
	}

}

package nl.goedgesprek.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.feedback.FeedbackReminder;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;

/** The feedback module's two tables, {@code feedback_request} and {@code feedback_answer}. */
@Component
public class FeedbackStore {

	private static final String REQUEST = "select * from feedback_request";

	private static final String ANSWER = "select * from feedback_answer";

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertRequest(ConversationId conversation, EmployeeId asker, TeamId team, boolean anonymous, String reason,
			List<String> questions, LocalDate dueOn, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into feedback_request (conversation_id, asker_id, team_id, anonymous, reason, question_one,
				    question_two, due_on, created_at, ready_told, version)
				values (:conversation, :asker, :team, :anonymous, :reason, :one, :two, :due, :now, false, 0)""")
			.param("conversation", conversation.value())
			.param("asker", asker.value())
			.param("team", team == null ? null : team.value())
			.param("anonymous", anonymous)
			.param("reason", reason)
			.param("one", questions.get(0))
			.param("two", questions.size() > 1 ? questions.get(1) : null)
			.param("due", dueOn)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	long insertAnswer(long request, EmployeeId colleague) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into feedback_answer (request_id, colleague_id, state, included, version)
				values (:request, :colleague, 'WAITING', false, 0)""")
			.param("request", request)
			.param("colleague", colleague.value())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<FeedbackRequest> request(long id) {
		return jdbc.sql(REQUEST + " where id = :id").param("id", id).query(this::requestRow).optional();
	}

	List<FeedbackRequest> requestsOf(ConversationId conversation, EmployeeId asker) {
		return jdbc.sql(REQUEST + " where conversation_id = :c and asker_id = :a order by id")
			.param("c", conversation.value())
			.param("a", asker.value())
			.query(this::requestRow)
			.list();
	}

	/** Every request this person asked, oldest first. */
	List<FeedbackRequest> requestsBy(EmployeeId asker) {
		return jdbc.sql(REQUEST + " where asker_id = :a order by id").param("a", asker.value()).query(this::requestRow).list();
	}

	/** Every answer row of a request, in no meaningful order: callers decide what the reader may see. */
	List<FeedbackAnswer> answersTo(long request) {
		return jdbc.sql(ANSWER + " where request_id = :r order by handle, id").param("r", request).query(this::answerRow).list();
	}

	Optional<FeedbackAnswer> answer(long id) {
		return jdbc.sql(ANSWER + " where id = :id").param("id", id).query(this::answerRow).optional();
	}

	/** The answers a colleague was asked for, newest request first. */
	List<FeedbackAnswer> answersBy(EmployeeId colleague) {
		return jdbc.sql(ANSWER + " where colleague_id = :c order by request_id desc")
			.param("c", colleague.value())
			.query(this::answerRow)
			.list();
	}

	/** The requests still waiting for this colleague's answer, not withdrawn and not past their date. */
	List<FeedbackReminder> waitingFor(EmployeeId colleague, LocalDate today) {
		return jdbc.sql("""
				select a.id, a.colleague_id, r.asker_id, r.due_on from feedback_answer a
				join feedback_request r on r.id = a.request_id
				where a.colleague_id = :c and a.state = 'WAITING' and r.withdrawn_at is null and r.due_on >= :today
				order by r.due_on""")
			.param("c", colleague.value())
			.param("today", today)
			.query((rs, n) -> new FeedbackReminder(rs.getLong(1), EmployeeId.of(rs.getLong(2)),
					EmployeeId.of(rs.getLong(3)), rs.getDate(4).toLocalDate()))
			.list();
	}

	/** Saves a waiting answer's text; false when it is no longer waiting or someone saved first. */
	boolean saveDraft(long answer, int expectedVersion, String one, String two) {
		return jdbc.sql("""
				update feedback_answer set answer_one = :one, answer_two = :two, version = version + 1
				where id = :id and version = :v and state = 'WAITING'""")
			.param("one", one).param("two", two).param("id", answer).param("v", expectedVersion)
			.update() == 1;
	}

	boolean finish(long answer, FeedbackAnswer.State state, String one, String two, String handle) {
		return jdbc.sql("""
				update feedback_answer set state = :state, answer_one = :one, answer_two = :two, handle = :handle,
				    version = version + 1
				where id = :id and state = 'WAITING'""")
			.param("state", state.name()).param("one", one).param("two", two).param("handle", handle).param("id", answer)
			.update() == 1;
	}

	void withdraw(long request, Instant now) {
		jdbc.sql("update feedback_request set withdrawn_at = :now, version = version + 1 where id = :id and withdrawn_at is null")
			.param("now", Timestamp.from(now))
			.param("id", request)
			.update();
	}

	boolean include(long request, String handle, boolean included) {
		return jdbc.sql("""
				update feedback_answer set included = :included
				where request_id = :r and handle = :handle and state = 'ANSWERED'""")
			.param("included", included).param("r", request).param("handle", handle)
			.update() == 1;
	}

	/** Holds the request's row until the transaction ends: two answers at once then count one after the other. */
	void lock(long request) {
		jdbc.sql("select id from feedback_request where id = :id for update").param("id", request).query(Long.class).list();
	}

	int answeredCount(long request) {
		return jdbc.sql("select count(*) from feedback_answer where request_id = :r and state = 'ANSWERED'")
			.param("r", request)
			.query(Integer.class)
			.single();
	}

	/** Marks that the asker of an anonymous request heard it is ready; true only the first time. */
	boolean tellReadyOnce(long request) {
		return jdbc.sql("update feedback_request set ready_told = true where id = :id and ready_told = false")
			.param("id", request)
			.update() == 1;
	}

	/** How often each of these people was asked for input since this moment, by anyone. */
	Map<EmployeeId, Integer> timesAskedSince(Collection<EmployeeId> people, Instant since) {
		Map<EmployeeId, Integer> times = new HashMap<>();
		if (people.isEmpty()) {
			return times;
		}
		jdbc.sql("""
				select a.colleague_id, count(*) as times from feedback_answer a
				join feedback_request r on r.id = a.request_id
				where a.colleague_id in (:people) and r.created_at >= :since group by a.colleague_id""")
			.param("people", people.stream().map(EmployeeId::value).toList())
			.param("since", Timestamp.from(since))
			.query((rs, n) -> times.put(EmployeeId.of(rs.getLong(1)), rs.getInt(2)))
			.list();
		return times;
	}

	public List<FeedbackReminder> waitingDueBetween(LocalDate from, LocalDate until) {
		return jdbc.sql("""
				select a.id, a.colleague_id, r.asker_id, r.due_on from feedback_answer a
				join feedback_request r on r.id = a.request_id
				where a.state = 'WAITING' and r.withdrawn_at is null and r.due_on >= :from and r.due_on <= :until
				order by a.id""")
			.param("from", from)
			.param("until", until)
			.query((rs, n) -> new FeedbackReminder(rs.getLong(1), EmployeeId.of(rs.getLong(2)),
					EmployeeId.of(rs.getLong(3)), rs.getDate(4).toLocalDate()))
			.list();
	}

	private FeedbackRequest requestRow(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new FeedbackRequest(rs.getLong("id"), ConversationId.of(rs.getLong("conversation_id")),
				EmployeeId.of(rs.getLong("asker_id")), rs.getBoolean("anonymous"), rs.getString("reason"),
				rs.getString("question_one"), rs.getString("question_two"), rs.getDate("due_on").toLocalDate(),
				rs.getTimestamp("created_at").toInstant(), withdrawn == null ? null : withdrawn.toInstant(),
				rs.getBoolean("ready_told"), rs.getInt("version"));
	}

	private FeedbackAnswer answerRow(ResultSet rs, int row) throws SQLException {
		return new FeedbackAnswer(rs.getLong("id"), rs.getLong("request_id"), EmployeeId.of(rs.getLong("colleague_id")),
				FeedbackAnswer.State.valueOf(rs.getString("state")), rs.getString("answer_one"),
				rs.getString("answer_two"), rs.getString("handle"), rs.getBoolean("included"), rs.getInt("version"));
	}

}

package nl.goedgesprek.conversations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardVersionView;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.PersonalData;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * What the conversations module keeps about a person, as they may see it today. Each conversation is
 * loaded through {@link Participation} and its preparations through {@link Preparing#sides}, the same
 * code every conversation page asks: the person's own preparation (also a draft: they wrote it), the
 * other side's only when "eerst zelf, dan samen" lets them read it. Agreements, their progress and
 * the "did it help" answers are a section of their own.
 */
@Component
class ConversationsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Participation participation;

	private final Preparing preparing;

	private final NoteRepository notes;

	private final AgreementRepository agreements;

	private final RecordEntries entries;

	private final Cards cards;

	private final People people;

	/** What other modules keep about an agreement (follow-up: its progress and "hielp het?"). */
	private final List<nl.goedgesprek.conversations.AgreementParts> parts;

	/** What other modules keep about a conversation (follow-up: the pulse). */
	private final List<nl.goedgesprek.conversations.ConversationParts> conversationParts;

	ConversationsPersonalData(JdbcClient jdbc, Participation participation, Preparing preparing, NoteRepository notes,
			AgreementRepository agreements, RecordEntries entries, Cards cards, People people,
			List<nl.goedgesprek.conversations.AgreementParts> parts,
			List<nl.goedgesprek.conversations.ConversationParts> conversationParts) {
		this.parts = parts;
		this.conversationParts = conversationParts;
		this.jdbc = jdbc;
		this.participation = participation;
		this.preparing = preparing;
		this.notes = notes;
		this.agreements = agreements;
		this.entries = entries;
		this.cards = cards;
		this.people = people;
	}

	@Override
	public List<String> sections() {
		return List.of("conversations", "agreements", "recordsSharedWithYou");
	}

	@Override
	public Set<String> tables() {
		return Set.of("conversation", "acknowledgement", "preparation", "answer", "talking_point", "note", "agreement",
				"employee_view", "amendment", "record_share");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		EmployeeId person = EmployeeId.of(personId);
		Names names = new Names();
		List<Item> conversations = new ArrayList<>();
		List<Item> agreementItems = new ArrayList<>();
		for (long id : jdbc.sql("select id from conversation where employee_id = :p or manager_id = :p order by scheduled_at, id")
			.param("p", personId)
			.query(Long.class)
			.list()) {
			Conversation conversation = participation.load(person, ConversationId.of(id));
			conversations.add(conversation(person, conversation, names));
			for (Agreement agreement : agreements.findByConversationIdOrderById(conversation.id())) {
				agreementItems.add(agreement(agreement, names));
			}
		}
		return List.of(new Section("conversations", conversations), new Section("agreements", agreementItems),
				new Section("recordsSharedWithYou", sharedWith(personId, names)));
	}

	private Item conversation(EmployeeId person, Conversation c, Names names) {
		CardVersionView card = cards.version(c.cardVersionId()).orElse(null);
		Preparing.Sides sides = preparing.sides(person, c);
		List<Item> preparations = new ArrayList<>();
		if (sides.own().started()) {
			preparations.add(preparation(sides.own(), card, names));
		}
		if (sides.othersIfVisible() != null) {
			preparations.add(preparation(sides.othersIfVisible(), card, names));
		}
		long id = c.id().value();
		PersonalData.ItemBuilder item = PersonalData.item()
			.field("id", id)
			.code("kind", c.kind())
			.code("yourSide", c.sideOf(person))
			.field("employee", names.of(c.employeeId()))
			.field("manager", names.of(c.managerId()))
			.field("card", card == null ? null : card.cardName() + " (" + card.number() + ")")
			.field("scheduledAt", c.scheduledAt())
			.code("status", c.status())
			.field("plannedBy", names.of(c.plannedBy()))
			.field("cancelledBy", c.cancelledBy() == null ? null : names.of(c.cancelledBy()))
			.field("cancelReason", c.cancelReason())
			.field("startedAt", c.startedAt())
			.field("closedAt", c.closedAt())
			.field("lockedAt", c.lockedAt())
			.child("preparations", preparations)
			.child("notes", notes.findByConversationId(c.id()).stream()
				.map(note -> PersonalData.item()
					.field("theme", themeTitle(card, note.themeKey()))
					.field("text", note.text())
					.field("updatedBy", note.updatedBy() == null ? null : names.of(note.updatedBy()))
					.field("updatedAt", note.updatedAt())
					.build())
				.toList())
			.child("acknowledgements", rows("select side, kind, acknowledged_at from acknowledgement where conversation = :c order by acknowledged_at, side",
					id, (rs) -> PersonalData.item().code("side", rs.getString("side")).code("kind", rs.getString("kind"))
						.field("acknowledgedAt", instant(rs.getTimestamp("acknowledged_at"))).build()))
			.child("employeeViews", entries.employeeViews(c.id()).stream().map(e -> entry(e, names)).toList())
			.child("amendments", entries.amendments(c.id()).stream().map(e -> entry(e, names)).toList());
		conversationParts.forEach(module -> module.of(id).forEach(part -> item.child(part.key(), part.items())));
		return item.build();
	}

	private Item preparation(Preparation p, CardVersionView card, Names names) {
		List<Item> answers = new ArrayList<>();
		Set<String> keys = new java.util.TreeSet<>(p.texts().keySet());
		keys.addAll(p.scores().keySet());
		for (String key : keys) {
			answers.add(PersonalData.item()
				.field("question", question(card, key))
				.field("text", p.text(key))
				.field("score", p.score(key))
				.build());
		}
		return PersonalData.item()
			.code("side", p.side())
			.field("author", names.of(p.authorId()))
			.field("updatedAt", p.updatedAt())
			.field("sharedAt", p.sharedAt())
			.field("appreciation", p.appreciation())
			.child("answers", answers)
			.child("talkingPoints", p.talkingPoints().stream()
				.map(t -> PersonalData.item().field("text", t.text()).field("discussed", t.discussed())
					.code("outcome", t.outcome()).field("outcomeNote", t.outcomeNote()).build())
				.toList())
			.build();
	}

	private Item agreement(Agreement a, Names names) {
		long id = a.rawId();
		PersonalData.ItemBuilder item = PersonalData.item()
			.field("id", id)
			.field("conversationId", a.conversationId().value())
			.field("description", a.description())
			.code("owner", a.owner())
			.field("dueDate", a.dueDate())
			.code("status", a.status())
			.field("statusReason", a.statusReason())
			.field("updatedAt", a.updatedAt());
		parts.forEach(module -> module.of(id).forEach(part -> item.child(part.key(), part.items())));
		return item.build();
	}

	private Item entry(RecordEntry entry, Names names) {
		return PersonalData.item().field("author", names.of(entry.authorId())).field("text", entry.text())
			.field("writtenAt", entry.at()).build();
	}

	/** Earlier records an employee shared with this person as their new manager: that they were, not what they hold. */
	private List<Item> sharedWith(long personId, Names names) {
		return jdbc.sql("""
				select s.conversation_id, c.employee_id, s.shared_at from record_share s join conversation c on c.id = s.conversation_id
				where s.manager_id = :p order by s.shared_at, s.conversation_id""")
			.param("p", personId)
			.query((rs, n) -> PersonalData.item().field("conversationId", rs.getLong("conversation_id"))
				.field("employee", names.of(EmployeeId.of(rs.getLong("employee_id"))))
				.field("sharedAt", instant(rs.getTimestamp("shared_at"))).build())
			.list();
	}

	private interface Row {

		Item map(java.sql.ResultSet rs) throws java.sql.SQLException;

	}

	private List<Item> rows(String sql, long id, Row row) {
		return jdbc.sql(sql).param("c", id).query((rs, n) -> row.map(rs)).list();
	}

	private static String themeTitle(CardVersionView card, String key) {
		return card == null ? key : card.content().theme(key).map(Theme::title).orElse(key);
	}

	/** The question as the card asked it; the key when the card no longer holds it. */
	private static String question(CardVersionView card, String key) {
		if (card == null) {
			return key;
		}
		for (Theme theme : card.content().themes()) {
			if (theme.statementKey().equals(key)) {
				return theme.title() + ": " + theme.statement();
			}
			for (var q : theme.questions()) {
				if (q.key().equals(key) || (theme.key() + "." + q.key()).equals(key)) {
					return theme.title() + ": " + q.text();
				}
			}
		}
		return key;
	}

	/** Names as they are now, each looked up once per export. */
	private final class Names {

		private final Map<EmployeeId, String> known = new HashMap<>();

		String of(EmployeeId id) {
			return known.computeIfAbsent(id, key -> people.find(key).map(Person::name).orElse(null));
		}

	}

}

package nl.goedgesprek.conversations.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.cards.CardContent;
import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.cards.Topic;
import nl.goedgesprek.people.People;

/**
 * The agenda builds itself: a new conversation starts with the employee's open agreements, the
 * talking points that were not ticked off or were parked last time, and each key theme the organisation wants
 * covered that has not come up (no joint notes) for the configured number of months.
 */
@Service
@Transactional(readOnly = true)
public class Agendas {

	private final ConversationRepository conversations;

	private final AgreementRepository agreements;

	private final PreparationRepository preparations;

	private final NoteRepository notes;

	private final Cards cards;

	private final People people;

	Agendas(ConversationRepository conversations, AgreementRepository agreements, PreparationRepository preparations,
			NoteRepository notes, Cards cards, People people) {
		this.conversations = conversations;
		this.agreements = agreements;
		this.preparations = preparations;
		this.notes = notes;
		this.cards = cards;
		this.people = people;
	}

	/** The agenda of a conversation, from everything closed before it. Callers check participation first. */
	public List<AgendaItem> of(Conversation conversation) {
		List<Conversation> earlier = conversations.findByEmployeeIdOrderByScheduledAtDesc(conversation.employeeId())
			.stream()
			.filter(c -> c.status().closed() && c.scheduledAt().isBefore(conversation.scheduledAt()))
			.toList();
		List<AgendaItem> items = new ArrayList<>();
		Map<Long, LocalDateTime> dates = new java.util.HashMap<>();
		earlier.forEach(c -> dates.put(c.id().value(), c.scheduledAt()));
		agreements.findByEmployeeIdOrManagerIdOrderByIdDesc(conversation.employeeId(), conversation.employeeId())
			.stream()
			.filter(a -> a.employeeId().equals(conversation.employeeId()) && !a.status().finished()
					&& dates.containsKey(a.conversationId().value()))
			.forEach(a -> items.add(new AgendaItem(AgendaItem.Reason.OPEN_AGREEMENT, a.description(),
					dates.get(a.conversationId().value()))));
		earlier.stream().findFirst().ifPresent(last -> preparations.findByConversationId(last.id())
			.stream()
			.filter(Preparation::shared)
			.flatMap(p -> p.talkingPoints().stream())
			.filter(TalkingPoint::leftOpen)
			.forEach(point -> items.add(point.discussed()
					? new AgendaItem(AgendaItem.Reason.TALKING_POINT_PARKED, point.text(), last.scheduledAt(),
							point.outcomeNote())
					: new AgendaItem(AgendaItem.Reason.TALKING_POINT_LEFT, point.text(), last.scheduledAt()))));
		uncoveredThemes(conversation, earlier).forEach(theme -> items
			.add(new AgendaItem(AgendaItem.Reason.THEME_NOT_COVERED, theme.title(), null)));
		return items;
	}

	private List<Theme> uncoveredThemes(Conversation conversation, List<Conversation> earlier) {
		LocalDateTime from = conversation.scheduledAt().minusMonths(people.rhythm().themeMonths());
		Set<Topic> covered = EnumSet.noneOf(Topic.class);
		for (Conversation c : earlier) {
			if (c.scheduledAt().isBefore(from)) {
				continue;
			}
			Optional<CardContent> content = cards.version(c.cardVersionId()).map(v -> v.content());
			notes.findByConversationId(c.id())
				.stream()
				.filter(note -> !note.text().isBlank())
				.forEach(note -> content.flatMap(card -> card.theme(note.themeKey()))
					.map(Theme::topic)
					.ifPresent(covered::add));
		}
		CardContent own = cards.version(conversation.cardVersionId()).map(v -> v.content()).orElseThrow();
		return own.themes()
			.stream()
			.filter(theme -> theme.topic() != null && theme.topic().requiredByOrganisation()
					&& !covered.contains(theme.topic()))
			.toList();
	}

}

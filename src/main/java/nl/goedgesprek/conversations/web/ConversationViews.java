package nl.goedgesprek.conversations.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import nl.goedgesprek.cards.Cards;
import nl.goedgesprek.conversations.ConversationAside;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.internal.Agendas;
import nl.goedgesprek.conversations.internal.AgreementRepository;
import nl.goedgesprek.conversations.internal.Conversation;
import nl.goedgesprek.conversations.internal.Note;
import nl.goedgesprek.conversations.internal.NoteRepository;
import nl.goedgesprek.conversations.internal.Participation;
import nl.goedgesprek.conversations.internal.Preparing;
import nl.goedgesprek.conversations.internal.RecordEntries;
import nl.goedgesprek.conversations.internal.RecordShares;
import nl.goedgesprek.conversations.internal.RunningAgenda;
import nl.goedgesprek.conversations.internal.PrivateNotes;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.shared.ContentRead;

/** Puts a {@link ConversationView} together for a participant; anyone else gets "not found". */
@Component
class ConversationViews {

	private final Participation participation;

	private final Preparing preparing;

	private final Cards cards;

	private final People people;

	private final NoteRepository notes;

	private final AgreementRepository agreements;

	private final RecordEntries entries;

	private final Agendas agendas;

	/** What other modules show on the talk and record pages (follow-up: "hielp het?", rhythm, pulse). */
	private final List<ConversationAside> asides;

	private final Conversations conversations;

	private final RecordShares shares;

	private final ApplicationEventPublisher events;

	private final RunningAgenda runningAgenda;

	private final PrivateNotes privateNotes;

	ConversationViews(Participation participation, Preparing preparing, Cards cards, People people,
			NoteRepository notes, AgreementRepository agreements, RecordEntries entries, Agendas agendas,
			List<ConversationAside> asides, Conversations conversations, RecordShares shares,
			ApplicationEventPublisher events, RunningAgenda runningAgenda, PrivateNotes privateNotes) {
		this.asides = asides;
		this.conversations = conversations;
		this.privateNotes = privateNotes;
		this.runningAgenda = runningAgenda;
		this.events = events;
		this.shares = shares;
		this.participation = participation;
		this.preparing = preparing;
		this.cards = cards;
		this.people = people;
		this.notes = notes;
		this.agreements = agreements;
		this.entries = entries;
		this.agendas = agendas;
	}

	@Transactional(readOnly = true)
	ConversationView of(EmployeeId viewer, long id) {
		ConversationId conversationId = ConversationId.of(id);
		Conversation conversation = participation.load(viewer, conversationId);
		Preparing.Sides sides = preparing.sides(viewer, conversation);
		return new ConversationView(conversation, cards.version(conversation.cardVersionId()).orElseThrow(),
				conversation.sideOf(viewer), people.find(conversation.employeeId()).orElseThrow(),
				people.find(conversation.managerId()).orElseThrow(), sides.own(), sides.othersIfVisible(),
				sides.otherHasShared(), sides.otherHasBegun(), notesByTheme(conversationId),
				agreements.findByConversationIdOrderById(conversationId), entries.employeeViews(conversationId),
				entries.amendments(conversationId), agendas.of(conversation),
				runningAgenda.of(conversation), privateNotes.own(viewer, conversation).orElse(null));
	}

	/**
	 * The record of an earlier conversation as its employee shared it with their manager now: no side
	 * of their own, no preparations, no agenda; anyone else gets "not found".
	 */
	@Transactional(readOnly = true)
	ConversationView sharedRecord(EmployeeId viewer, long id) {
		ConversationId conversationId = ConversationId.of(id);
		Conversation conversation = shares.sharedRecord(viewer, conversationId);
		return new ConversationView(conversation, cards.version(conversation.cardVersionId()).orElseThrow(), null,
				people.find(conversation.employeeId()).orElseThrow(), people.find(conversation.managerId()).orElseThrow(),
				null, null, false, false, notesByTheme(conversationId),
				agreements.findByConversationIdOrderById(conversationId), entries.employeeViews(conversationId),
				entries.amendments(conversationId), List.of(), List.of(), null);
	}

	/** The talk page again, after a form it could not take: the conversation and what others add to it. */
	void showTalk(EmployeeId viewer, long id, Model model) {
		ConversationView view = of(viewer, id);
		model.addAttribute("view", view);
		addAsides(viewer, view, model, ConversationAside.Page.TALK);
	}

	/** Adds what other modules show on this page of the conversation, for the viewer, one of its participants. */
	void addAsides(EmployeeId viewer, ConversationView view, Model model, ConversationAside.Page page) {
		if (!asides.isEmpty()) {
			conversations.summary(view.conversation().id())
				.ifPresent(summary -> asides.forEach(aside -> aside.addTo(model.asMap(), viewer, summary, page)));
		}
	}

	/**
	 * Notes in the read log that the viewer is about to be shown this view: words of the other
	 * participant (or, for a shared record, of the employee). Called once per page, after the access
	 * check, so someone refused never appears; the author reading their own words never does either.
	 */
	void read(EmployeeId viewer, ConversationView view, ContentRead.Kind kind) {
		EmployeeId subject = view.partner().id();
		if (!subject.equals(viewer)) {
			events.publishEvent(ContentRead.ofConversation(viewer.value(), subject.value(), kind,
					view.conversation().id().value()));
		}
	}

	private Map<String, Note> notesByTheme(ConversationId conversationId) {
		return notes.findByConversationId(conversationId)
			.stream()
			.collect(Collectors.toMap(Note::themeKey, Function.identity()));
	}

}

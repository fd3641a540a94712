package nl.goedgesprek.conversations.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.goedgesprek.conversations.internal.ConversationNotFoundException;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.shared.ContentRead;
import nl.goedgesprek.shared.PdfDocuments;

/**
 * The record as a document, and a blank praatkaart to prepare on paper. The record follows its
 * pages' rules: the participants print the record, a new manager it was shared with prints the
 * shared record; anyone else gets "not found", and every print by someone other than the author is
 * in the read log.
 */
@Controller
class RecordPdfController {

	static final String RECORD = "conversations/record-pdf";

	static final String CARD = "conversations/card-pdf";

	private final ConversationViews views;

	private final PdfDocuments documents;

	RecordPdfController(ConversationViews views, PdfDocuments documents) {
		this.views = views;
		this.documents = documents;
	}

	@GetMapping("/conversations/{id}/record/pdf")
	ResponseEntity<byte[]> record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		ConversationView view = views.of(user.id(), id);
		if (!view.conversation().status().closed()) {
			// no record yet: like a record page that does not exist
			throw new ConversationNotFoundException(id);
		}
		return print(user, view, false, locale);
	}

	@GetMapping("/conversations/{id}/shared/pdf")
	ResponseEntity<byte[]> sharedRecord(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		return print(user, views.sharedRecord(user.id(), id), true, locale);
	}

	/** The card this conversation uses, without anyone's answers: for the participants only, like the rest of it. */
	@GetMapping("/conversations/{id}/preparation/card/pdf")
	ResponseEntity<byte[]> blankCard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		ConversationView view = views.of(user.id(), id);
		return documents.download(CARD, Map.of("card", view.card()), locale, "praatkaart-" + id + ".pdf");
	}

	private ResponseEntity<byte[]> print(CurrentUser user, ConversationView view, boolean shared, Locale locale) {
		ResponseEntity<byte[]> pdf = documents.download(RECORD, Map.of("view", view, "sharedRecord", shared), locale,
				"verslag-" + view.conversation().id().value() + ".pdf");
		views.read(user.id(), view, ContentRead.Kind.RECORD_PDF);
		return pdf;
	}

}

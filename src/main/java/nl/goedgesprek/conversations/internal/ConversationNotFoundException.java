package nl.goedgesprek.conversations.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such conversation, or the viewer does not take part in it: both answer 404, so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ConversationNotFoundException extends RuntimeException {

	public ConversationNotFoundException(Object id) {
		super("No visible conversation " + id);
	}

}

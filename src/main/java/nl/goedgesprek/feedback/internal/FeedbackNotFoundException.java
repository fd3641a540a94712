package nl.goedgesprek.feedback.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such request or answer, or not the viewer's: both answer 404, so ids reveal nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FeedbackNotFoundException extends RuntimeException {

	public FeedbackNotFoundException(Object id) {
		super("No visible feedback " + id);
	}

}

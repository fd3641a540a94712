package nl.goedgesprek.people.scim;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal on {@code /scim/v2} as RFC 7644's error body (section 3.12), never a page: the rules
 * of the people records (a manager loop, the last administrator, a taken email address) with their
 * message in the client's language (Dutch unless it asks otherwise), and the protocol's own errors.
 */
@RestControllerAdvice(assignableTypes = { ScimUsersController.class, ScimDiscoveryController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

	private static final Logger log = LoggerFactory.getLogger(ScimErrors.class);

	private final MessageSource messages;

	ScimErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ScimError.class)
	ResponseEntity<JsonNode> protocol(ScimError error) {
		return answer(error.status(), error.scimType(), error.getMessage());
	}

	/** A rule of the people records; a taken email address is SCIM's "uniqueness" conflict. */
	@ExceptionHandler(Refusal.class)
	ResponseEntity<JsonNode> refused(Refusal refusal, HttpServletRequest request) {
		String detail = messages.getMessage(refusal.messageKey(), refusal.message().argArray(), locale(request));
		if (refusal.messageKey().equals("people.error.emailTaken")) {
			return answer(HttpStatus.CONFLICT, "uniqueness", detail);
		}
		return answer(HttpStatus.BAD_REQUEST, "invalidValue", detail);
	}

	@ExceptionHandler({ EditClash.class, OptimisticLockingFailureException.class })
	ResponseEntity<JsonNode> clashed(RuntimeException clash) {
		return answer(HttpStatus.CONFLICT, null, "The user changed at the same moment; send the request again");
	}

	@ExceptionHandler(PersonNotFoundException.class)
	ResponseEntity<JsonNode> notFound(PersonNotFoundException notFound) {
		return answer(HttpStatus.NOT_FOUND, null, "Resource not found");
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, ServletRequestBindingException.class })
	ResponseEntity<JsonNode> unreadable(Exception unreadable) {
		return answer(HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body is not JSON this endpoint can read");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<JsonNode> mediaType(HttpMediaTypeNotSupportedException unsupported) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "Send application/scim+json");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<JsonNode> notStored(DataIntegrityViolationException refused, HttpServletRequest request) {
		log.warn("The database refused SCIM input on {} {}: {}", request.getMethod(), request.getRequestURI(),
				refused.getMostSpecificCause().getMessage());
		return answer(HttpStatus.BAD_REQUEST, "invalidValue", "The value was not stored");
	}

	static ResponseEntity<JsonNode> answer(HttpStatus status, String scimType, String detail) {
		return ResponseEntity.status(status).contentType(Scim.MEDIA_TYPE).body(Scim.error(status, scimType, detail));
	}

	/** Dutch, the organisation's language, unless the client asks for another. */
	private static Locale locale(HttpServletRequest request) {
		return request.getHeader("Accept-Language") == null ? Locale.forLanguageTag("nl") : request.getLocale();
	}

}

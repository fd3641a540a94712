package nl.goedgesprek.shell.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.Links;

/**
 * The one answer to a refused step, an edit clash and input the application cannot read, for every
 * controller, full pages and htmx fragments alike. Nothing was written when these arrive here.
 * <ul>
 * <li>htmx: the message goes into the page's alert region ({@code #refusal}) and nothing else is
 * swapped, so whatever the user typed stays where it is;</li>
 * <li>a form posted from one of our pages: back to that page with the message, and with the values
 * the user typed, which {@code js/keep-typed.js} puts back into the form;</li>
 * <li>anything else: the error page with the message and the right status, never a 500.</li>
 * </ul>
 * A controller that re-shows its own form with the error next to the field catches the refusal
 * itself; everything it does not catch ends here.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalAdvice {

	private static final Logger log = LoggerFactory.getLogger(RefusalAdvice.class);

	static final String REFUSED_FRAGMENT = "fragments/refusal :: refusal";

	private final LayoutAdvice layout;

	RefusalAdvice(LayoutAdvice layout) {
		this.layout = layout;
	}

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, refusal.message(), request, response);
	}

	@ExceptionHandler({ EditClash.class, OptimisticLockingFailureException.class })
	ModelAndView clashed(RuntimeException clash, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.CONFLICT, MessageRef.of("form.conflict.reload"), request, response);
	}

	/** A value of the wrong kind, a missing or malformed parameter, a body that cannot be read. */
	@ExceptionHandler({ TypeMismatchException.class, ServletRequestBindingException.class, BindException.class,
			HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class,
			org.springframework.core.convert.ConversionException.class })
	ModelAndView unreadable(Exception unreadable, HttpServletRequest request, HttpServletResponse response) {
		log.debug("Unreadable input on {}: {}", request.getRequestURI(), unreadable.getMessage());
		if (unreadable instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			// an address with an id that cannot be one: no such page, as for an id that does not exist
			return answer(HttpStatus.NOT_FOUND, null, request, response);
		}
		return answer(HttpStatus.BAD_REQUEST, MessageRef.of("input.error.unreadable"), request, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView wrongMethod(HttpRequestMethodNotSupportedException wrong, HttpServletRequest request,
			HttpServletResponse response) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int parent = path.lastIndexOf('/');
		if ("GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null && parent > 0) {
			// the address of a step (reloaded, or the language switched on the page it answered):
			// back to the page the step belongs to
			return new ModelAndView("redirect:" + path.substring(0, parent));
		}
		return answer(HttpStatus.METHOD_NOT_ALLOWED, MessageRef.of("input.error.unreadable"), request, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(HttpStatus.CONTENT_TOO_LARGE, MessageRef.of("input.error.uploadTooLarge"), request, response);
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView badUpload(MultipartException bad, HttpServletRequest request, HttpServletResponse response) {
		return answer(HttpStatus.BAD_REQUEST, MessageRef.of("input.error.unreadable"), request, response);
	}

	/**
	 * The database refused a value (too long for its column, a rule of the schema): a limit the form
	 * and the service should have known. Logged as a defect to fix; the user hears that nothing was
	 * saved and keeps what they typed.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView notStored(DataIntegrityViolationException refused, HttpServletRequest request,
			HttpServletResponse response) {
		log.warn("The database refused input on {} {}: {}", request.getMethod(), request.getRequestURI(),
				refused.getMostSpecificCause().getMessage());
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, MessageRef.of("input.error.notSaved"), request, response);
	}

	private ModelAndView answer(HttpStatus status, MessageRef problem, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getHeader("HX-Request") != null && problem != null) {
			response.setStatus(status.value());
			response.setHeader("HX-Retarget", "#refusal");
			response.setHeader("HX-Reswap", "innerHTML");
			ModelAndView fragment = new ModelAndView(REFUSED_FRAGMENT);
			fragment.addObject("refusal", problem);
			return fragment;
		}
		String back = sameSiteReferer(request);
		if (!"GET".equals(request.getMethod()) && back != null && problem != null) {
			var flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("problem", problem);
			flash.put("typedFields", typed(request));
			return new ModelAndView("redirect:" + back);
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		layout.addTo(page, request);
		page.addObject("status", status.value());
		page.addObject("refusal", problem);
		return page;
	}

	/** What the user typed, to put back into the form: every field but the CSRF token and passwords. */
	private static Map<String, String> typed(HttpServletRequest request) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.toLowerCase().contains("password") && values.length == 1) {
				typed.put(name, values[0]);
			}
		});
		return typed;
	}

	/** The page the form was on, when it is one of ours: only a path, never another site. */
	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (!Links.isLocalPath(path)) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

}

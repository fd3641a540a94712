package nl.goedgesprek.mail.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import nl.goedgesprek.mail.internal.MailOutbox;

/**
 * In demo mode there is no mail server, so admins can read here what Goedgesprek would have mailed.
 * Outside demo mode the page does not exist: mail is for its recipients only.
 */
@Controller
class MailAdminController {

	private final MailOutbox outbox;

	private final boolean demo;

	MailAdminController(MailOutbox outbox, @Value("${goedgesprek.demo.enabled:false}") boolean demo) {
		this.outbox = outbox;
		this.demo = demo;
	}

	@GetMapping("/admin/mail")
	String latest(Model model) {
		if (!demo) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("mails", outbox.latest(100));
		model.addAttribute("pending", outbox.pending());
		return "mail/outbox";
	}

}

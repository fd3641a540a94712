/**
 * The organisation's accountability: the audit trail of who changed access (roles, passwords,
 * invitations, single sign-on, provisioning), which administrators read and filter. Later also the
 * read log, export and retention (PRIVACY.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.goedgesprek.privacy;

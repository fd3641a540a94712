/**
 * The organisation's accountability: the audit trail of who changed access (roles, passwords,
 * invitations, single sign-on, provisioning), which administrators read and filter, and
 * the read log of who opened whose conversation content. Later also export and retention (PRIVACY.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.goedgesprek.privacy;

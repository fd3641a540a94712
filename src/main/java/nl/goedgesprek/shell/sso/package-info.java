/**
 * Single sign-on with OpenID Connect: one provider from {@code goedgesprek.sso.*}, matched to existing
 * people by verified address, with sign-out at the provider. Nothing here is active without an issuer.
 */
package nl.goedgesprek.shell.sso;

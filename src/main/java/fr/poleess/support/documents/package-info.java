/**
 * Documents handed to participants, as PDFs in French: the support agreement when it is prepared
 * (and each amendment), and the end-of-journey summary when the journey closes. Every document is
 * stored as generated, with its date and journey, listed in the journey's timeline, and generated
 * again only on purpose; a signed agreement's PDF never changes.
 */
@ApplicationModule(allowedDependencies = { "access", "agreement", "appointment", "closure", "journey", "partner", "pdf", "reception", "shared", "territory" })
package fr.poleess.support.documents;

import org.springframework.modulith.ApplicationModule;

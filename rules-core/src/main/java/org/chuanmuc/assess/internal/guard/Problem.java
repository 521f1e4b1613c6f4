package org.chuanmuc.assess.internal.guard;

/**
 * Something the guard rejects, found at an offset of the text it was checking; {@link SourceText} turns it into
 * a diagnostic with line and column.
 *
 * @param offset  offset in the checked text
 * @param message the message, from {@link GuardMessages}
 */
record Problem(int offset, String message) {
}

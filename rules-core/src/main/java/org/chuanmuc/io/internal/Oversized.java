package org.chuanmuc.io.internal;

/**
 * What {@link RawObject} keeps in place of a value over one of the per-record {@link ReadLimits}: the value itself is
 * not kept (it was stepped over, or dropped once its length was known), only the error to report at its path.
 *
 * @param message the error, from {@link ReaderMessages}
 */
record Oversized(String message) {
}

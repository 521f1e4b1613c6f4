/** Implementation of the JSON reader: token-level parsing, field checks, messages. Not API. */
package org.chuanmuc.io.internal;

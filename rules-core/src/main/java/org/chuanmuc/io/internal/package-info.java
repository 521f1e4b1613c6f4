/** Implementation of the JSON reader (token-level parsing, field checks, messages) and of files written whole or not at all. Not API. */
package org.chuanmuc.io.internal;

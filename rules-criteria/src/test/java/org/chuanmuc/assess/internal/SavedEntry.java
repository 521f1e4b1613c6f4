package org.chuanmuc.assess.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved rule base's entry taken apart, for tests that change one part of it: the layout {@link SavedRuleBase}
 * writes (magic, key, dependencies, digest, packages), read independently of its reader.
 *
 * @param magic        the format's name
 * @param key          the key of the texts
 * @param dependencies resource names and their digests, in the entry's order
 * @param headerEnd    where the packages begin
 * @param packages     the serialized packages
 */
record SavedEntry(String magic, String key, Map<String, String> dependencies, int headerEnd, byte[] packages) {

    static SavedEntry of(byte[] entry) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
        String magic = in.readUTF();
        String key = in.readUTF();
        int n = in.readInt();
        Map<String, String> dependencies = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            dependencies.put(in.readUTF(), in.readUTF());
        }
        in.readUTF(); // the digest
        int length = in.readInt();
        int headerEnd = entry.length - in.available();
        return new SavedEntry(magic, key, dependencies, headerEnd, in.readNBytes(length));
    }

    /** @return the entry with these dependencies, signed again as a build would have written it */
    byte[] with(Map<String, String> changed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(magic);
            out.writeUTF(key);
            out.writeInt(changed.size());
            for (Map.Entry<String, String> d : changed.entrySet()) {
                out.writeUTF(d.getKey());
                out.writeUTF(d.getValue());
            }
            out.flush();
            out.writeUTF(SavedRuleBase.digest(bytes.toByteArray(), packages));
            out.writeInt(packages.length);
            out.write(packages);
        }
        return bytes.toByteArray();
    }
}

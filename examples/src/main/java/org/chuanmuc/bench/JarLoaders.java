package org.chuanmuc.bench;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/** The class loader of one side of an A/B benchmark: a jar (or class path) of its own, over the platform's classes. */
final class JarLoaders {
    private JarLoaders() {
    }

    /**
     * @param classPath a jar, or paths separated by {@code :}
     * @return a loader that sees only those paths and the JDK, so that two versions of chuanmuc run side by side
     */
    static ClassLoader of(String classPath) {
        URL[] urls = Arrays.stream(classPath.split(":")).map(p -> {
            try {
                return Path.of(p).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p, e);
            }
        }).toArray(URL[]::new);
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }
}

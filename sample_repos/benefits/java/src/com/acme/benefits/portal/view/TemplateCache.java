package com.acme.benefits.portal.view;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.acme.benefits.portal.util.PortalLog;

/**
 * Loads page templates (name + ".vm") from the template directory and keeps
 * the most recently used ones in memory for a while, so that the editors
 * can change a page on the live server without a restart.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-01-08 KT  PIR-0461 entries expire; least recently used dropped
 *                  when the cache is full (it grew until the JVM died).
 */
public class TemplateCache {

    private static final PortalLog log = PortalLog.getLog(TemplateCache.class);

    private static final String SUFFIX = ".vm";
    private static final long MAX_TEMPLATE_BYTES = 256L * 1024L;

    private final File root;
    private final int maxEntries;
    private final long expiryMillis;
    private final Map entries = new LinkedHashMap(16, 0.75f, true);
    private int hits;
    private int misses;

    public TemplateCache(File root, int maxEntries, int expirySeconds) {
        this.root = root;
        this.maxEntries = Math.max(1, maxEntries);
        this.expiryMillis = expirySeconds * 1000L;
    }

    public synchronized String getTemplate(String name) throws IOException {
        if (name == null || name.indexOf("..") >= 0 || name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("bad template name " + name);
        }
        long now = System.currentTimeMillis();
        Entry entry = (Entry) entries.get(name);
        if (entry != null && now - entry.loadedAt <= expiryMillis) {
            hits++;
            return entry.text;
        }
        misses++;
        File file = new File(root, name + SUFFIX);
        if (!file.isFile()) {
            throw new FileNotFoundException("no template " + file.getPath());
        }
        if (file.length() > MAX_TEMPLATE_BYTES) {
            throw new IOException("template " + name + " is larger than " + MAX_TEMPLATE_BYTES + " bytes");
        }
        String text = read(file);
        if (entries.size() >= maxEntries && !entries.containsKey(name)) {
            Iterator eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        entries.put(name, new Entry(text, now));
        if (log.isDebugEnabled()) {
            log.debug("template " + name + " loaded, cache " + entries.size() + "/" + maxEntries
                    + " hits=" + hits + " misses=" + misses);
        }
        return text;
    }

    public synchronized void clear() {
        entries.clear();
    }

    private String read(File file) throws IOException {
        Reader in = new InputStreamReader(new FileInputStream(file), "UTF-8");
        try {
            StringBuffer text = new StringBuffer((int) file.length());
            char[] buffer = new char[4096];
            int n;
            while ((n = in.read(buffer)) != -1) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } finally {
            in.close();
        }
    }

    private static final class Entry {
        final String text;
        final long loadedAt;

        Entry(String text, long loadedAt) {
            this.text = text;
            this.loadedAt = loadedAt;
        }
    }
}

package com.acme.benefits.portal.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Form errors collected by an action, Struts style: message keys grouped by
 * the form field they belong to ("global" for the whole form).
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410), copied in shape from the Struts 1.1
 *                  class so the old intranet JSPs could be reused.
 */
public class ActionErrors {

    public static final String GLOBAL = "global";

    private final Map byProperty = new LinkedHashMap();
    private int size;

    public void add(String property, String messageKey) {
        List keys = (List) byProperty.get(property);
        if (keys == null) {
            keys = new ArrayList();
            byProperty.put(property, keys);
        }
        keys.add(messageKey);
        size++;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public Iterator properties() {
        return byProperty.keySet().iterator();
    }

    public List get(String property) {
        List keys = (List) byProperty.get(property);
        return keys == null ? new ArrayList() : keys;
    }
}

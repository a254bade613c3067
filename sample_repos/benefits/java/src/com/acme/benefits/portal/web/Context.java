package com.acme.benefits.portal.web;

import java.util.HashMap;
import java.util.Map;

/**
 * The values a page template can see, Velocity style: actions put() what the
 * page needs ("claim", "error", ...) and the servlet renders the template
 * named by the action's return value with them.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public class Context {

    private final Map values = new HashMap();

    public Object put(String key, Object value) {
        return values.put(key, value);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public boolean containsKey(String key) {
        return values.containsKey(key);
    }

    public Object remove(String key) {
        return values.remove(key);
    }

    public Map asMap() {
        return values;
    }
}

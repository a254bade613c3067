/*
 * Quillstone Text - small string and template utilities.
 * Copyright (c) 2003-2005, Ewan Marsh and the Quillstone contributors.
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that these conditions are met:
 *
 *  - Redistributions of source code keep the above copyright notice, this
 *    list of conditions and the disclaimer below.
 *  - Redistributions in binary form reproduce the above copyright notice,
 *    this list of conditions and the disclaimer below in the documentation
 *    or other materials provided with the distribution.
 *  - Neither the name Quillstone nor the names of its contributors may be
 *    used to endorse or promote derived products without prior written
 *    permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING THE IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE, ARE DISCLAIMED. IN NO
 * EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE LIABLE FOR ANY DAMAGES
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 */
package org.quillstone.text;

import java.util.Map;

/**
 * Minimal <code>${name}</code> substitution for page and mail templates.
 * <ul>
 *   <li><code>${name}</code> is replaced by the value's toString(); an
 *       unknown name is left in the output so it is noticed;</li>
 *   <li><code>$!{name}</code> is replaced by the value, or by nothing;</li>
 *   <li><code>$$</code> writes a single dollar sign.</li>
 * </ul>
 *
 * @author Ewan Marsh
 * @author <a href="mailto:r.okafor@quillstone.net">Ruth Okafor</a>
 * @version $Id: Templates.java,v 1.7 2005/01/19 22:40:12 emarsh Exp $
 * @since 0.3
 */
public final class Templates {

    private Templates() {
    }

    public static String render(String template, Map values) {
        if (template == null) {
            return null;
        }
        StringBuffer out = new StringBuffer(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            boolean quiet = next == '!';
            int open = quiet ? i + 2 : i + 1;
            if (open >= template.length() || template.charAt(open) != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unterminated reference at offset " + i);
            }
            String name = template.substring(open + 1, close).trim();
            Object value = values == null ? null : values.get(name);
            if (value != null) {
                out.append(value);
            } else if (!quiet) {
                out.append(template.substring(i, close + 1));
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** Escapes the five XML special characters, for values written into HTML. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuffer out = new StringBuffer(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}

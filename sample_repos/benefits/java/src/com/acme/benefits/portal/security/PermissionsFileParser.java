package com.acme.benefits.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads portal-permissions.xml into a map of role name to the set of
 * permission names the role holds, inherited roles included.
 *
 *   &lt;portal-permissions&gt;
 *     &lt;role name="SUPERVISOR" inherits="CASEWORKER"&gt;
 *       &lt;grant permission="award.approve"/&gt;
 *     &lt;/role&gt;
 *   &lt;/portal-permissions&gt;
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2007-05-14 MP  CR-2850 role inheritance.
 */
public class PermissionsFileParser {

    private static final String ROOT = "portal-permissions";
    private static final String ROLE = "role";
    private static final String GRANT = "grant";
    private static final String DESCRIPTION = "description";

    public Map parse(InputStream in) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setIgnoringComments(true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser available: " + e.getMessage());
        } catch (SAXException e) {
            IOException wrapped = new IOException("permissions file is not well formed: " + e.getMessage());
            wrapped.initCause(e);
            throw wrapped;
        }
        Element root = document.getDocumentElement();
        if (!ROOT.equals(root.getTagName())) {
            throw new IllegalStateException("unexpected element " + root.getTagName() + " at the root");
        }
        Map roles = new LinkedHashMap();
        Map parents = new HashMap();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element element = (Element) node;
            if (ROLE.equals(element.getTagName())) {
                readRole(element, roles, parents);
            } else {
                throw new IllegalStateException("unexpected element " + element.getTagName() + " in " + ROOT);
            }
        }
        resolveInheritance(roles, parents);
        return roles;
    }

    private void readRole(Element element, Map roles, Map parents) {
        String name = requiredAttribute(element, "name");
        if (roles.containsKey(name)) {
            throw new IllegalStateException("role " + name + " is defined twice");
        }
        String inherits = element.getAttribute("inherits");
        if (inherits != null && inherits.length() > 0) {
            parents.put(name, inherits);
        }
        Set granted = new TreeSet();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element child = (Element) node;
            String tag = child.getTagName();
            if (GRANT.equals(tag)) {
                granted.add(requiredAttribute(child, "permission"));
            } else if (DESCRIPTION.equals(tag)) {
                // shown on the admin screen only
            } else {
                throw new IllegalStateException("unexpected element " + tag + " in role " + name);
            }
        }
        roles.put(name, granted);
    }

    private void resolveInheritance(Map roles, Map parents) {
        for (Iterator it = parents.keySet().iterator(); it.hasNext();) {
            String role = (String) it.next();
            Set granted = (Set) roles.get(role);
            String parent = (String) parents.get(role);
            int depth = 0;
            while (parent != null) {
                if (++depth > roles.size()) {
                    throw new IllegalStateException("role inheritance loop at " + role);
                }
                Set inherited = (Set) roles.get(parent);
                if (inherited == null) {
                    throw new IllegalStateException("role " + role + " inherits unknown role " + parent);
                }
                granted.addAll(inherited);
                parent = (String) parents.get(parent);
            }
        }
    }

    private String requiredAttribute(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.trim().length() == 0) {
            throw new IllegalStateException("element " + element.getTagName() + " needs attribute " + attribute);
        }
        return value.trim();
    }
}

package com.acme.benefits.portal.web;

/**
 * Page arithmetic for the portal lists.
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-05-22 KT  PIR-0377 page past the end shows the last page.
 */
public class Pager {

    private static final int DEFAULT_PAGE_SIZE = 25;

    private final int page;
    private final int pageSize;
    private final int pageCount;
    private final int total;

    public Pager(int requestedPage, int requestedPageSize, int total) {
        int size = requestedPageSize < 1 ? DEFAULT_PAGE_SIZE : requestedPageSize;
        int pages = total <= 0 ? 1 : (total + size - 1) / size;
        int current = requestedPage;
        if (current < 1) {
            current = 1;
        }
        if (current > pages) {
            current = pages;
        }
        this.page = current;
        this.pageSize = size;
        this.pageCount = pages;
        this.total = total;
    }

    public int getOffset() {
        return (page - 1) * pageSize;
    }

    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize;
    }

    public int getPageCount() {
        return pageCount;
    }

    public int getTotal() {
        return total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}

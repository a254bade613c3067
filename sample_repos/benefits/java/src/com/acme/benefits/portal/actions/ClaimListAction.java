package com.acme.benefits.portal.actions;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.config.ConfigKeys;
import com.acme.benefits.portal.config.PortalConfig;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.Pager;
import com.acme.benefits.portal.web.PortalAction;
import com.acme.benefits.portal.web.PortalRequest;

/**
 * Caseworker page: the claims assigned to me, a page at a time.
 *
 *   GET /benefits/portal/claims?page=2
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 */
public class ClaimListAction extends PortalAction {

    public String execute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        int page = request.getInt("page", 1);
        if (page < 1) {
            page = 1;
        }
        int total = claimDao.countByCaseworker(user.getId());
        Pager pager = new Pager(page, PortalConfig.getInt(ConfigKeys.LIST_PAGE_SIZE), total);
        List claims = claimDao.findByCaseworker(user.getId(), pager.getOffset(), pager.getPageSize());
        if (log.isDebugEnabled()) {
            log.debug("work list page " + pager.getPage() + "/" + pager.getPageCount() + " for " + user.getUsername());
        }
        context.put("claims", claims);
        context.put("pager", pager);
        return "claim_list";
    }
}

package com.acme.benefits.portal.actions;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.acme.benefits.exception.BenefitsException;
import com.acme.benefits.portal.PortalException;
import com.acme.benefits.portal.i18n.I18n;
import com.acme.benefits.portal.i18n.Messages;
import com.acme.benefits.portal.model.ChangeReport;
import com.acme.benefits.portal.model.Office;
import com.acme.benefits.portal.model.PortalClaim;
import com.acme.benefits.portal.model.PortalUser;
import com.acme.benefits.portal.security.PortalPermissions;
import com.acme.benefits.portal.service.ChangeReportService;
import com.acme.benefits.portal.web.Context;
import com.acme.benefits.portal.web.PortalActionSupport;
import com.acme.benefits.portal.web.PortalRequest;
import com.acme.benefits.util.StringUtil;

/**
 * Claimant page: report a change of circumstances (new address, earnings,
 * someone moving in or out, savings). Staff use it too when a claimant
 * phones in a change.
 *
 *   POST /benefits/portal/claim/report claimId, category, details
 *
 * Change history:
 *   2006-04-03 KT  Created (CR-2410).
 *   2006-09-18 KT  CR-2588 moved to PortalActionSupport.
 *   2008-03-10 MP  CR-2990 refused while the office is being migrated.
 */
public class ReportChangeAction extends PortalActionSupport {

    private final ChangeReportService reportService = new ChangeReportService();

    protected String doExecute(PortalRequest request, HttpServletResponse response, Context context)
            throws BenefitsException, IOException {
        PortalUser user = request.getUser();
        PortalClaim claim = loadClaim(request);
        context.put("claim", claim);
        if (!PortalPermissions.canSubmitFor(claim, user)) {
            addActionError(Messages.getMessage("report.notYourClaim"));
            return "error";
        }
        if (claim.isClosedForChanges()) {
            addActionError(Messages.getMessage("report.claimClosed"));
            return "error";
        }
        Office office = officeDao.findByCode(claim.getOfficeCode());
        if (office.isReadOnly()) {
            addActionError(I18n.getMessage("office.readOnly"));
            return "readonly_office";
        }
        String category = StringUtil.nvl(request.getTrimmed("category"), ChangeReport.OTHER);
        try {
            ChangeReport report = reportService.submit(user, claim, category, request.getTrimmed("details"));
            context.put("report", report);
        } catch (PortalException e) {
            addActionError(Messages.getMessage(e.getMessageKey()));
            return "report_change";
        }
        return "report_received";
    }
}
